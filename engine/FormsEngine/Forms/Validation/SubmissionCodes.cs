namespace FormsEngine.Forms.Validation;

/// <summary>The stable codes of submission errors. The <c>answer.date.*</c> codes serve date, time and datetime fields.</summary>
internal static class SubmissionCodes
{
    public const string NotAnObject = "answer.notObject";
    public const string Malformed = "answer.json.malformed";
    public const string Required = "answer.required";
    public const string WrongType = "answer.wrongType";
    public const string TooShort = "answer.text.tooShort";
    public const string TooLong = "answer.text.tooLong";
    public const string PatternMismatch = "answer.text.pattern";
    public const string NotANumber = "answer.number.invalid";
    public const string NotAnInteger = "answer.number.notInteger";
    public const string BelowMinimum = "answer.number.belowMin";
    public const string AboveMaximum = "answer.number.aboveMax";
    public const string OffStep = "answer.number.step";
    public const string InvalidDate = "answer.date.invalid";
    public const string DateTooEarly = "answer.date.tooEarly";
    public const string DateTooLate = "answer.date.tooLate";
    public const string NotAnOption = "answer.choice.notAnOption";
    public const string TooFewChoices = "answer.choice.tooFew";
    public const string TooManyChoices = "answer.choice.tooMany";
    public const string InvalidYesNo = "answer.yesNo.invalid";
    public const string InvalidMobile = "answer.mobile.invalid";
    public const string InvalidIdNumber = "answer.idNumber.invalid";
    public const string IdNumberChecksum = "answer.idNumber.checksum";
    public const string IdNumberFutureBirth = "answer.idNumber.futureBirthDate";
    public const string InvalidEmail = "answer.email.invalid";
    public const string AddressPartMissing = "answer.address.partMissing";
    public const string TooManyFiles = "answer.file.tooMany";
    public const string FileTooLarge = "answer.file.tooLarge";
    public const string FileTypeNotAllowed = "answer.file.typeNotAllowed";
    public const string InvalidFile = "answer.file.invalid";
    public const string InvalidSignature = "answer.signature.invalid";
    public const string SignatureTooLarge = "answer.signature.tooLarge";
    public const string LatitudeOutOfRange = "answer.geo.latitude";
    public const string LongitudeOutOfRange = "answer.geo.longitude";
    public const string InvalidLocation = "answer.geo.invalid";
    public const string TooFewItems = "answer.repeat.tooFew";
    public const string TooManyItems = "answer.repeat.tooMany";
}
