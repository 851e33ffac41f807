using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms.Fields;

public class PersonalDataDefaultsTests
{
    [Theory]
    [InlineData("idNumber", PersonalDataClass.Sensitive)]
    [InlineData("geolocation", PersonalDataClass.Sensitive)]
    [InlineData("mobile", PersonalDataClass.Personal)]
    [InlineData("email", PersonalDataClass.Personal)]
    [InlineData("address", PersonalDataClass.Personal)]
    [InlineData("photo", PersonalDataClass.Personal)]
    [InlineData("signature", PersonalDataClass.Personal)]
    [InlineData("file", PersonalDataClass.None)]
    [InlineData("text", PersonalDataClass.None)]
    [InlineData("number", PersonalDataClass.None)]
    [InlineData("date", PersonalDataClass.None)]
    [InlineData("yesNo", PersonalDataClass.None)]
    [InlineData("hidden", PersonalDataClass.None)]
    public void Unspecified_personal_data_defaults_by_type(string type, PersonalDataClass expected)
    {
        var field = FormFixture.Form($$"""{ "type": "{{type}}", "key": "f" }""").Fields[0];

        Assert.Equal(expected, field.PersonalData);
    }

    [Theory]
    [InlineData("none", PersonalDataClass.None)]
    [InlineData("personal", PersonalDataClass.Personal)]
    [InlineData("sensitive", PersonalDataClass.Sensitive)]
    public void Declared_personal_data_wins(string declared, PersonalDataClass expected)
    {
        var field = FormFixture.Form($$"""{ "type": "idNumber", "key": "f", "personalData": "{{declared}}" }""").Fields[0];

        Assert.Equal(expected, field.PersonalData);
    }
}
