using System.Text;
using System.Text.Json.Nodes;
using FormsEngine.Forms;

namespace FormsEngine.Tests.Forms.Validation;

/// <summary>
/// Guards the success path against per-field waste (paths, formatted messages, LINQ): a valid answer may cost its
/// normalized value and its slot in the output object, not much more.
/// </summary>
public class AllocationTests
{
    private const int FieldCount = 200;

    private static (FormDefinition Form, JsonObject Answers) Build(string type, string answer)
    {
        var fields = new StringBuilder();
        var answers = new JsonObject();
        for (var i = 0; i < FieldCount; i++)
        {
            fields.Append(i == 0 ? "" : ",").Append("{ \"type\": \"").Append(type).Append("\", \"key\": \"f").Append(i).Append("\", \"required\": true }");
            answers["f" + i] = JsonNode.Parse(answer);
        }

        return (FormFixture.Form(fields.ToString()), (JsonObject)JsonNode.Parse(answers.ToJsonString())!);
    }

    [Theory]
    [InlineData("text", "\"张三\"")]
    [InlineData("mobile", "\"13812345678\"")]
    [InlineData("idNumber", "\"11010519491231002X\"")]
    [InlineData("date", "\"2024-03-05\"")]
    [InlineData("yesNo", "true")]
    public void Valid_answers_allocate_little_per_field(string type, string answer)
    {
        var (form, answers) = Build(type, answer);
        Assert.True(form.ValidateSubmission(answers, FormFixture.Options).IsValid);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = form.ValidateSubmission(answers, FormFixture.Options);
        var perField = (GC.GetAllocatedBytesForCurrentThread() - before) / FieldCount;

        Assert.True(result.IsValid);
        Assert.True(perField < 320, $"{perField} bytes per {type} field");
    }
}
