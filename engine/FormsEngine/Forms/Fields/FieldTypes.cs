namespace FormsEngine.Forms.Fields;

/// <summary>The <c>type</c> discriminators of the built-in field types.</summary>
internal static class FieldTypes
{
    public const string Text = "text";
    public const string TextArea = "textarea";
    public const string Number = "number";
    public const string Date = "date";
    public const string Time = "time";
    public const string DateTime = "datetime";
    public const string SingleChoice = "singleChoice";
    public const string MultipleChoice = "multipleChoice";
    public const string YesNo = "yesNo";
    public const string Mobile = "mobile";
    public const string IdNumber = "idNumber";
    public const string Email = "email";
    public const string Address = "address";
    public const string File = "file";
    public const string Photo = "photo";
    public const string Signature = "signature";
    public const string Geolocation = "geolocation";
    public const string Repeat = "repeat";
    public const string Page = "page";
    public const string Static = "static";
    public const string Hidden = "hidden";
    public const string Calculated = "calculated";
}
