namespace FormsEngine.Tests.Identity;

/// <summary>
/// Hand-made GB 11643-1999 numbers (not real people): region, birth date and sequence chosen, check character computed
/// with <see cref="FormsEngine.Identity.ChineseIdNumber.ComputeCheckCharacter"/> and hard-coded here.
/// </summary>
internal static class IdVectors
{
    /// <summary>Beijing Chaoyang 110105, born 1949-12-31, sequence 002 (female), check character X.</summary>
    public const string FemaleWithX = "11010519491231002X";

    /// <summary>Shenzhen Futian 440304, born 1990-01-01, sequence 123 (male).</summary>
    public const string Male1990 = "440304199001011233";

    /// <summary>Shanghai Pudong 310115, born 1985-11-20, sequence 404 (female).</summary>
    public const string Female1985 = "310115198511204048";

    /// <summary>Nanjing 320106, born 2015-06-07, sequence 001 (male): a child.</summary>
    public const string Child2015 = "320106201506070014";

    /// <summary>Beijing Dongcheng 110101, born 1980-01-01, sequence 007 (male), check character X.</summary>
    public const string MaleWithX = "11010119800101007X";

    /// <summary>Chengdu 510107, born 2026-01-01: valid by GB 11643 but after the fixed test "today" (2025-06-01).</summary>
    public const string BornAfterToday = "510107202601010016";

    /// <summary><see cref="Male1990"/> with the last digit changed.</summary>
    public const string BadChecksum = "440304199001011234";

    /// <summary>Region 99 does not exist.</summary>
    public const string UnknownRegion = "990304199001011233";

    /// <summary>Born 1990-02-30.</summary>
    public const string BadBirthDate = "440304199002301233";

    /// <summary>17 characters.</summary>
    public const string TooShort = "44030419900101123";

    /// <summary>A letter in the sequence.</summary>
    public const string BadCharacter = "4403041990010112A3";
}
