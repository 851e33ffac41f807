using System.Collections.Frozen;
using System.Text.Json.Nodes;
using FormsEngine.Forms.Fields;

namespace FormsEngine.Forms.Loading;

/// <summary>Reads one field object: the shared properties, then the type-specific ones through a registry.</summary>
internal static class FieldReader
{
    private static readonly FrozenDictionary<string, Func<FieldCommon, ObjectReader, FormField>> Readers =
        new Dictionary<string, Func<FieldCommon, ObjectReader, FormField>>(StringComparer.Ordinal)
        {
            [FieldTypes.Text] = TextField.Read,
            [FieldTypes.TextArea] = TextField.Read,
            [FieldTypes.Number] = NumberField.Read,
            [FieldTypes.Date] = DateField.Read,
            [FieldTypes.Time] = TimeField.Read,
            [FieldTypes.DateTime] = DateTimeField.Read,
            [FieldTypes.SingleChoice] = ChoiceField.Read,
            [FieldTypes.MultipleChoice] = ChoiceField.Read,
            [FieldTypes.YesNo] = YesNoField.Read,
            [FieldTypes.Mobile] = MobileField.Read,
            [FieldTypes.IdNumber] = IdNumberField.Read,
            [FieldTypes.Email] = EmailField.Read,
            [FieldTypes.Address] = AddressField.Read,
            [FieldTypes.File] = FileUploadField.Read,
            [FieldTypes.Photo] = FileUploadField.Read,
            [FieldTypes.Signature] = SignatureField.Read,
            [FieldTypes.Geolocation] = GeolocationField.Read,
            [FieldTypes.Repeat] = RepeatGroupField.Read,
            [FieldTypes.Static] = StaticTextField.Read,
            [FieldTypes.Hidden] = HiddenField.Read,
            [FieldTypes.Calculated] = CalculatedField.Read,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The built-in type names, for error messages and the schema test.</summary>
    public static IEnumerable<string> KnownTypes => Readers.Keys.Append(FieldTypes.Page);

    public static FormField? Read(JsonObject obj, string path, LoadContext context, KeyScope keys)
    {
        var r = new ObjectReader(obj, path, context);
        var type = r.String("type", required: true);
        if (type is null)
        {
            return null;
        }

        var known = type == FieldTypes.Page || Readers.ContainsKey(type);
        var keyOptional = type is FieldTypes.Page or FieldTypes.Static || !known;
        var key = r.String("key", required: !keyOptional) ?? "";
        if (key.Length > 0 || r.Has("key"))
        {
            CheckKey(key, r, keys);
        }

        var common = new FieldCommon
        {
            Type = type,
            Key = key,
            Path = path,
            Label = r.Text("label"),
            Help = r.Text("help"),
            Required = r.Bool("required"),
            Default = r.Raw("default"),
            PersonalData = ReadPersonalData(r),
            VisibleIf = r.String("visibleIf"),
            RequiredIf = r.String("requiredIf"),
            Calculate = r.String("calculate"),
            Validations = ReadValidations(r),
        };

        if (!known)
        {
            if (context.Options.AllowUnknown)
            {
                context.Warning(LoadCodes.UnknownFieldType, r.PathOf("type"), $"未知的字段类型“{type}”，已原样保留", $"unknown field type '{type}' kept as is");
                return new UnknownField(common, obj);
            }

            context.Error(LoadCodes.UnknownFieldType, r.PathOf("type"), $"未知的字段类型“{type}”", $"unknown field type '{type}'");
            return null;
        }

        var field = type == FieldTypes.Page ? PageField.Read(common, r, keys) : Readers[type](common, r);
        field.Extras = r.Extras();
        DefaultValueCheck.Check(field, path, context);
        return field;
    }

    private static void CheckKey(string key, ObjectReader r, KeyScope keys)
    {
        if (!FieldKeys.IsValid(key))
        {
            r.Context.Error(
                LoadCodes.InvalidKey,
                r.PathOf("key"),
                $"字段标识“{key}”无效：须以字母或下划线开头，只能包含字母、数字和下划线",
                $"the key '{key}' is not an identifier: start with a letter or _, then letters, digits or _");
            return;
        }

        if (keys.TryAdd(key, r.Path) is { } first)
        {
            r.Context.Error(LoadCodes.DuplicateKey, r.PathOf("key"), $"字段标识“{key}”重复（已用于 {first}）", $"the key '{key}' is already used by {first}");
        }
    }

    private static PersonalDataClass? ReadPersonalData(ObjectReader r)
    {
        var name = r.String("personalData");
        if (name is null)
        {
            return null;
        }

        var value = PersonalDataNames.Parse(name);
        if (value is null)
        {
            r.Context.Error(LoadCodes.InvalidValue, r.PathOf("personalData"), "个人信息级别应为 none、personal 或 sensitive", "personalData must be none, personal or sensitive");
        }

        return value;
    }

    private static List<CustomValidation> ReadValidations(ObjectReader r)
    {
        var list = new List<CustomValidation>();
        var array = r.Array("validations");
        if (array is null)
        {
            return list;
        }

        var path = r.PathOf("validations");
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = JsonPaths.Index(path, i);
            if (array[i] is not JsonObject obj)
            {
                r.Context.Error(LoadCodes.WrongType, itemPath, "类型错误：应为对象", "wrong type: expected an object");
                continue;
            }

            var item = new ObjectReader(obj, itemPath, r.Context);
            var expression = item.String("expression", required: true);
            var message = item.Text("message", required: true);
            if (expression is not null && message is not null)
            {
                list.Add(new CustomValidation(expression, message));
            }
        }

        return list;
    }
}
