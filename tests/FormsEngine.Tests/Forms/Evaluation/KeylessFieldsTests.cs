using FormsEngine.Forms;
using FormsEngine.Forms.Evaluation;

namespace FormsEngine.Tests.Forms.Evaluation;

public class KeylessFieldsTests
{
    [Fact]
    public void Two_keyless_static_texts_and_pages_compile()
    {
        var form = FormDefinition.Load("""
            {
              "schemaVersion": 1, "id": "keyless", "version": 1, "title": { "zh-CN": "无键字段" },
              "fields": [
                { "type": "page", "label": { "zh-CN": "第一页" }, "fields": [ { "type": "static", "content": { "zh-CN": "说明一" } }, { "type": "number", "key": "年龄" } ] },
                { "type": "page", "label": { "zh-CN": "第二页" }, "fields": [ { "type": "static", "content": { "zh-CN": "说明二" } },
                  { "type": "calculated", "key": "明年", "calculate": "年龄 + 1" } ] }
              ]
            }
            """);
        Assert.True(form.Success, string.Join("; ", form.Diagnostics));

        var compiled = CompiledForm.Compile(form.Form!);

        Assert.True(compiled.Succeeded, string.Join("; ", compiled.Diagnostics));
    }
}
