using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms.Loading;

/// <summary>Seeded random damage to real documents and answers: the loader and validator must never throw.</summary>
public class RobustnessTests
{
    private const string Noise = "\"{}[],:0123456789.-+eExtrufalsn \\/u\n\t中";

    private static string Sample() =>
        File.ReadAllText(Path.Combine(RepoPaths.SampleForms, "returnee-registration.json"));

    [Fact]
    public void Damaged_documents_give_diagnostics_not_exceptions()
    {
        var random = new Random(20250601);
        var sample = Sample();
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder(sample);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 30), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, Noise[random.Next(Noise.Length)]);
                        break;
                    default:
                        text[at] = Noise[random.Next(Noise.Length)];
                        break;
                }
            }

            var json = text.ToString();
            var result = FormDefinition.Load(json, new FormLoadOptions { AllowUnknown = random.Next(2) == 0 });

            Assert.True(result.Form is not null || result.Diagnostics.Any(d => d.IsError), json);
            if (result.Form is not null)
            {
                Assert.Equal(result.Form.ToJson(), FormDefinition.Load(result.Form.ToJson(), new FormLoadOptions { AllowUnknown = true }).Form!.ToJson());
            }
        }
    }

    [Fact]
    public void Random_answers_give_errors_not_exceptions()
    {
        var form = FormDefinition.Load(Sample()).Form!;
        JsonNode?[] values =
        [
            null, true, false, 0, -1, 1e20, 3.5, "", " ", "是", "x", "2025-01-01", "13812345678", "11010519491231002X",
            "data:image/png;base64,iVBORw0KGgo=", new JsonArray(), new JsonObject(), new JsonArray(1, "a", null),
            new JsonObject { ["lat"] = "a", ["community"] = 1 },
        ];
        var keys = new List<string> { "姓名", "身份证号", "手机号", "住址", "返乡日期", "交通方式", "是否发热", "家庭成员", "签名", "来源渠道", "其他" };
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            var answers = new JsonObject();
            foreach (var key in keys)
            {
                if (random.Next(3) > 0)
                {
                    answers[key] = key == "家庭成员" && random.Next(2) == 0
                        ? new JsonArray(new JsonObject { ["姓名"] = values[random.Next(values.Length)]?.DeepClone(), ["身份证号"] = values[random.Next(values.Length)]?.DeepClone() })
                        : values[random.Next(values.Length)]?.DeepClone();
                }
            }

            var result = form.ValidateSubmission(answers, FormFixture.Options);

            Assert.All(result.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
        }
    }
}
