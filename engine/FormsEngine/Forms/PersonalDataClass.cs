namespace FormsEngine.Forms;

/// <summary>How much protection an answer needs under PIPL (个人信息保护法). Stored as <c>personalData</c>.</summary>
public enum PersonalDataClass
{
    /// <summary><c>none</c>: not personal information.</summary>
    None,

    /// <summary><c>personal</c>: personal information (name, phone number, address…).</summary>
    Personal,

    /// <summary><c>sensitive</c>: sensitive personal information (ID number, health, location, biometrics…).</summary>
    Sensitive,
}
