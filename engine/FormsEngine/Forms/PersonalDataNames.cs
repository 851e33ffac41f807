namespace FormsEngine.Forms;

/// <summary>The JSON names of <see cref="PersonalDataClass"/> values.</summary>
internal static class PersonalDataNames
{
    public static string ToName(PersonalDataClass value) => value switch
    {
        PersonalDataClass.Personal => "personal",
        PersonalDataClass.Sensitive => "sensitive",
        _ => "none",
    };

    public static PersonalDataClass? Parse(string name) => name switch
    {
        "none" => PersonalDataClass.None,
        "personal" => PersonalDataClass.Personal,
        "sensitive" => PersonalDataClass.Sensitive,
        _ => null,
    };
}
