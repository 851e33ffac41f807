using FormsEngine.Identity;

namespace FormsEngine.Tests.Identity;

public class ChineseIdNumberTests
{
    [Theory]
    [InlineData(IdVectors.FemaleWithX)]
    [InlineData(IdVectors.MaleWithX)]
    [InlineData(IdVectors.Male1990)]
    [InlineData(IdVectors.Female1985)]
    [InlineData(IdVectors.Child2015)]
    [InlineData(IdVectors.BornAfterToday)]
    public void Check_character_of_vectors_is_computed_from_first_17_digits(string id)
    {
        Assert.Equal(id[17], ChineseIdNumber.ComputeCheckCharacter(id.AsSpan(0, 17)));
        Assert.True(ChineseIdNumber.IsValid(id));
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_normalized()
    {
        var lower = IdVectors.FemaleWithX.ToLowerInvariant();

        Assert.True(ChineseIdNumber.IsValid(lower));
        Assert.Equal(IdVectors.FemaleWithX, ChineseIdNumber.Normalize("  " + lower + " "));
    }

    [Theory]
    [InlineData(IdVectors.BadChecksum, IdNumberProblem.BadChecksum)]
    [InlineData(IdVectors.UnknownRegion, IdNumberProblem.UnknownRegion)]
    [InlineData(IdVectors.BadBirthDate, IdNumberProblem.BadBirthDate)]
    [InlineData(IdVectors.TooShort, IdNumberProblem.WrongLength)]
    [InlineData(IdVectors.BadCharacter, IdNumberProblem.BadCharacter)]
    [InlineData("", IdNumberProblem.WrongLength)]
    [InlineData("44030418990101123X", IdNumberProblem.BadBirthDate)]
    [InlineData("11010519491231002Y", IdNumberProblem.BadCharacter)]
    public void Invalid_numbers_say_why(string id, IdNumberProblem problem) =>
        Assert.Equal(problem, ChineseIdNumber.Validate(id));

    [Fact]
    public void Derives_birth_date_sex_and_region()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), ChineseIdNumber.BirthDate(IdVectors.FemaleWithX));
        Assert.Equal("F", ChineseIdNumber.Sex(IdVectors.FemaleWithX));
        Assert.Equal("110105", ChineseIdNumber.RegionCode(IdVectors.FemaleWithX));
        Assert.Equal("M", ChineseIdNumber.Sex(IdVectors.Male1990));
        Assert.Equal(new DateOnly(2015, 6, 7), ChineseIdNumber.BirthDate(IdVectors.Child2015));
    }

    [Fact]
    public void Derivations_of_invalid_numbers_are_null()
    {
        Assert.Null(ChineseIdNumber.BirthDate(IdVectors.BadChecksum));
        Assert.Null(ChineseIdNumber.Sex(IdVectors.BadChecksum));
        Assert.Null(ChineseIdNumber.RegionCode(IdVectors.BadChecksum));
    }

    [Fact]
    public void Compute_check_character_rejects_non_digits() =>
        Assert.Throws<ArgumentException>(() => ChineseIdNumber.ComputeCheckCharacter("4403041990010112A"));
}
