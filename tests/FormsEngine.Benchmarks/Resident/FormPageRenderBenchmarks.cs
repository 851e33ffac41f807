using System.Text;
using BenchmarkDotNet.Attributes;
using FormsEngine.Benchmarks.Forms;
using FormsEngine.Designer.Resident;
using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Benchmarks.Resident;

/// <summary>
/// Server render of a resident page for the 200-field benchmark form (eight field kinds, every answer filled in, so
/// values are encoded and choices checked), against a hand-written StringBuilder that writes the same number of plain
/// labelled inputs with encoded values (baseline). Target: ≤ 5 ms per page.
/// </summary>
[MemoryDiagnoser]
public class FormPageRenderBenchmarks
{
    private FormPageModel _model = null!;
    private string[] _keys = null!;
    private string[] _values = null!;

    [GlobalSetup]
    public void Setup()
    {
        var form = FormDefinition.Load(BenchmarkForm.FormJson()).Form ?? throw new InvalidOperationException("form did not load");
        var answers = BenchmarkForm.Answers(withErrors: false);
        _model = new FormPageModel
        {
            Form = CompiledForm.Compile(form),
            CommunityName = "幸福里社区",
            ActionUrl = "/f/xingfuli/bench",
            Answers = answers,
            AntiforgeryFieldName = "__RequestVerificationToken",
            AntiforgeryToken = "CfDJ8N3v0a1b2c3d4e5f6g7h8i9j0",
            IdempotencyToken = "0f8c7e6d5c4b3a29",
            StylesheetUrl = "/r/resident.css?v=" + ResidentAssets.Stylesheet.Hash,
            RuntimeScriptUrl = "/r/formsexpr-runtime.js",
            FormScriptUrl = "/f/xingfuli/bench/form.js?v=1",
            EnhancementScriptUrl = "/r/resident.js?v=" + ResidentAssets.Script.Hash,
        };
        _keys = [.. Enumerable.Range(0, BenchmarkForm.FieldCount).Select(BenchmarkForm.Key)];
        _values = [.. _keys.Select(k => answers[k]!.ToJsonString())];

        // Both must write every field, and the renderer must fill every answer back in.
        var html = Render();
        var baseline = Baseline();
        foreach (var key in _keys)
        {
            if (!html.Contains($"name=\"{key}\"", StringComparison.Ordinal) || !baseline.Contains($"name=\"{key}\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("field " + key + " missing");
            }
        }

        if (!html.Contains("value=\"li@example.cn\"", StringComparison.Ordinal) || !html.Contains("value=\"plane\" checked", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("answers not filled in");
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written StringBuilder, 200 plain inputs")]
    public string Baseline()
    {
        var sb = new StringBuilder(32 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>基准</title></head><body><form method=\"post\">");
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            sb.Append("<div><label for=\"fe-").Append(key).Append("\">").Append(key).Append("</label><input type=\"text\" id=\"fe-")
                .Append(key).Append("\" name=\"").Append(key).Append("\" value=\"")
                .Append(System.Net.WebUtility.HtmlEncode(_values[i])).Append("\"></div>");
        }

        return sb.Append("</form></body></html>").ToString();
    }

    [Benchmark(Description = "FormPageRenderer, 200 fields")]
    public string Render() => FormPageRenderer.Render(_model);
}
