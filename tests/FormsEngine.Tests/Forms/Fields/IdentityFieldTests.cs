using FormsEngine.Forms.Validation;
using FormsEngine.Tests.Identity;

namespace FormsEngine.Tests.Forms.Fields;

public class IdentityFieldTests
{
    private const string Id = """{ "type": "idNumber", "key": "f" }""";
    private const string Mobile = """{ "type": "mobile", "key": "f" }""";
    private const string Email = """{ "type": "email", "key": "f" }""";

    [Theory]
    [InlineData(IdVectors.Male1990)]
    [InlineData(IdVectors.FemaleWithX)]
    [InlineData(IdVectors.Child2015)]
    public void Valid_id_numbers_pass(string id) =>
        Assert.Equal(id, FormFixture.Normalized(Id, $"\"{id}\"")!.GetValue<string>());

    [Fact]
    public void Id_number_x_is_upper_cased_and_trimmed() =>
        Assert.Equal(IdVectors.MaleWithX, FormFixture.Normalized(Id, $"\" {IdVectors.MaleWithX.ToLowerInvariant()} \"")!.GetValue<string>());

    [Theory]
    [InlineData(IdVectors.BadChecksum, SubmissionCodes.IdNumberChecksum)]
    [InlineData(IdVectors.UnknownRegion, SubmissionCodes.InvalidIdNumber)]
    [InlineData(IdVectors.BadBirthDate, SubmissionCodes.InvalidIdNumber)]
    [InlineData(IdVectors.TooShort, SubmissionCodes.InvalidIdNumber)]
    [InlineData(IdVectors.BadCharacter, SubmissionCodes.InvalidIdNumber)]
    [InlineData(IdVectors.BornAfterToday, SubmissionCodes.IdNumberFutureBirth)]
    public void Invalid_id_numbers_are_rejected(string id, string code) =>
        FormFixture.SingleError(FormFixture.One(Id, $"\"{id}\""), "$.f", code);

    [Fact]
    public void Id_number_as_a_json_number_is_checked_as_text() =>
        FormFixture.SingleError(FormFixture.One(Id, IdVectors.Male1990[..17]), "$.f", SubmissionCodes.InvalidIdNumber);

    [Fact]
    public void Id_number_length_message_is_specific()
    {
        var error = FormFixture.SingleError(FormFixture.One(Id, "\"123\""), "$.f", SubmissionCodes.InvalidIdNumber);

        Assert.Equal("身份证号码应为18位", error.MessageZh);
    }

    [Theory]
    [InlineData("\"13812345678\"", "13812345678")]
    [InlineData("13912345678", "13912345678")]
    [InlineData("\"138 1234 5678\"", "13812345678")]
    [InlineData("\"138-1234-5678\"", "13812345678")]
    [InlineData("\"+86 199 1234 5678\"", "19912345678")]
    [InlineData("\"8615012345678\"", "15012345678")]
    public void Mobile_numbers_are_normalized(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized(Mobile, answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"12812345678\"")]
    [InlineData("\"1381234567\"")]
    [InlineData("\"138123456789\"")]
    [InlineData("\"1381234567a\"")]
    [InlineData("\"010-12345678\"")]
    [InlineData("true")]
    public void Bad_mobile_numbers_are_rejected(string answer)
    {
        var error = FormFixture.SingleError(FormFixture.One(Mobile, answer), "$.f", SubmissionCodes.InvalidMobile);

        Assert.Equal("手机号码格式不正确，应为11位数字", error.MessageZh);
    }

    [Theory]
    [InlineData("\"zhang.san@example.cn\"", "zhang.san@example.cn")]
    [InlineData("\"  li@mail.qq.com \"", "li@mail.qq.com")]
    public void Email_addresses_pass(string answer, string expected) =>
        Assert.Equal(expected, FormFixture.Normalized(Email, answer)!.GetValue<string>());

    [Theory]
    [InlineData("\"zhangsan\"")]
    [InlineData("\"@example.cn\"")]
    [InlineData("\"a@b\"")]
    [InlineData("\"a@@b.cn\"")]
    [InlineData("\"a b@c.cn\"")]
    [InlineData("\"a@b..cn\"")]
    [InlineData("\"a@b.\"")]
    public void Bad_email_addresses_are_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One(Email, answer), "$.f", SubmissionCodes.InvalidEmail);
}
