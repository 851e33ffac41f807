namespace FormsEngine.Identity;

/// <summary>Why a string is not a valid Chinese resident ID number.</summary>
public enum IdNumberProblem
{
    /// <summary>Valid.</summary>
    None,

    /// <summary>Not 18 characters.</summary>
    WrongLength,

    /// <summary>A character other than digits (and a final X) was found.</summary>
    BadCharacter,

    /// <summary>The first two digits are not a province-level code.</summary>
    UnknownRegion,

    /// <summary>Characters 7–14 are not a real date from 1900 on.</summary>
    BadBirthDate,

    /// <summary>The GB 11643-1999 check character does not match.</summary>
    BadChecksum,
}
