using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace FormsEngine.Benchmarks.Forms;

/// <summary>
/// A 200-field form cycling through eight common field kinds, with a valid submission and one where every tenth
/// answer is wrong. Shared by the engine and the hand-written baseline so both check the same thing.
/// </summary>
internal static class BenchmarkForm
{
    public const int FieldCount = 200;

    public static readonly string[] Kinds = ["text", "number", "mobile", "idNumber", "singleChoice", "date", "yesNo", "email"];

    public static readonly string[] Options = ["train", "plane", "car"];

    private static readonly string[] ValidAnswers =
    [
        "\" 张三 \"", "\"42\"", "\"138 1234 5678\"", "\"11010519491231002x\"", "\"plane\"", "\"2024-3-5\"", "\"是\"", "\"li@example.cn\"",
    ];

    private static readonly string[] WrongAnswers =
    [
        "\"" + new string('长', 60) + "\"", "\"151\"", "\"1381234567\"", "\"440304199001011234\"", "\"ship\"", "\"2024-02-30\"", "\"也许\"", "\"li@\"",
    ];

    public static string Key(int i) => "f" + i.ToString("000", CultureInfo.InvariantCulture);

    public static string Kind(int i) => Kinds[i % Kinds.Length];

    public static string FormJson()
    {
        var sb = new StringBuilder("""{ "schemaVersion": 1, "id": "bench", "version": 1, "title": { "zh-CN": "基准" }, "fields": [""");
        for (var i = 0; i < FieldCount; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{ "type": "{{Kind(i)}}", "key": "{{Key(i)}}", "required": true""");
            sb.Append(Kind(i) switch
            {
                "text" => """, "maxLength": 50""",
                "number" => """, "integer": true, "min": 0, "max": 150""",
                "singleChoice" => """, "options": [ { "value": "train", "label": { "zh-CN": "火车" } }, { "value": "plane", "label": { "zh-CN": "飞机" } }, { "value": "car", "label": { "zh-CN": "汽车" } } ]""",
                _ => "",
            });
            sb.Append('}');
        }

        return sb.Append("]}").ToString();
    }

    public static JsonObject Answers(bool withErrors)
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < FieldCount; i++)
        {
            var wrong = withErrors && i % 10 == 0;
            var kind = i % Kinds.Length;
            sb.Append(i == 0 ? "" : ",").Append('"').Append(Key(i)).Append("\":").Append(wrong ? WrongAnswers[kind] : ValidAnswers[kind]);
        }

        return (JsonObject)JsonNode.Parse(sb.Append('}').ToString())!;
    }
}
