using System.Reflection;
using System.Text.Json.Nodes;
using FormsEngine.Designer.FormEditing;
using FormsEngine.Expressions;

namespace FormsEngine.Designer.Tests.Forms;

public class ExpressionAssistTests
{
    private static readonly ExpressionOptions Options = new() { TimeProvider = new FixedClock(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero)) };

    private static (FormDraft Draft, ExpressionAssist Assist) Returnee()
    {
        var draft = Drafts.Sample("returnee-registration");
        return (draft, new ExpressionAssist(draft, Options));
    }

    private static FieldDraft Field(FormDraft draft, string key) => draft.AllFields.First(f => f.Key == key);

    [Fact]
    public void Check_ReportsUnknownFieldWithLineAndColumn()
    {
        var (draft, assist) = Returnee();

        var check = assist.Check(Field(draft, "车次航班"), "visibleIf", "交通方式 == 'train'\n  && 出发低 == '北京'");

        var error = Assert.Single(check.Diagnostics, d => d.IsError);
        Assert.Equal(2, error.Line);
        Assert.Equal(6, error.Column);
        Assert.Contains("出发地", error.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith(draft.PathOf(Field(draft, "车次航班")), error.Path, StringComparison.Ordinal);
        Assert.False(check.Succeeded);
    }

    [Fact]
    public void Check_ConditionMustBeBoolean()
    {
        var (draft, assist) = Returnee();

        var check = assist.Check(Field(draft, "车次航班"), "visibleIf", "出发地");

        Assert.Equal("form.expression.notCondition", Assert.Single(check.Diagnostics).Code);
    }

    [Fact]
    public void Check_ValidExpression_GivesResultTypeAndReferences()
    {
        var (draft, assist) = Returnee();

        var age = Field(draft, "家庭成员").Fields.First(f => f.Key == "年龄");

        var check = assist.Check(age, "calculate", "len(姓名) + len(出发地)");

        Assert.True(check.Succeeded);
        Assert.Equal("数字", check.ResultTypeName);
        Assert.Equal(["姓名", "出发地"], check.References);
    }

    [Fact]
    public void Check_CalculateMustMatchTheFieldType()
    {
        var (draft, assist) = Returnee();

        var check = assist.Check(Field(draft, "出发地"), "calculate", "1 + 2");

        Assert.Equal("form.expression.calculateType", Assert.Single(check.Diagnostics).Code);
    }

    [Fact]
    public void Check_InsideRepeatGroup_SeesTheItemFields()
    {
        var (draft, assist) = Returnee();
        var group = Field(draft, "家庭成员");
        var relation = group.Fields.First(f => f.Key == "关系");

        Assert.True(assist.Check(relation, "visibleIf", "年龄 >= 18 && 出发地 != ''").Succeeded);
        Assert.False(assist.Check(Field(draft, "出发地"), "visibleIf", "关系 == 'child'").Succeeded);
    }

    [Fact]
    public void Check_WorksWhileTheDraftHasOtherErrors()
    {
        var (draft, assist) = Returnee();
        var extra = draft.AddField("singleChoice");
        draft.SetOptions(extra, []);
        draft.SetKey(draft.AddField("text"), "出发地");

        Assert.True(draft.Validate().HasErrors);
        Assert.True(assist.Check(extra, "visibleIf", "出发地 == '北京' && 是否发热").Succeeded);
    }

    [Fact]
    public void Check_BlankExpression_IsFine()
    {
        var (draft, assist) = Returnee();

        Assert.Empty(assist.Check(Field(draft, "出发地"), "visibleIf", "  ").Diagnostics);
    }

    [Fact]
    public void Complete_FiltersFieldsAndFunctionsByPrefix()
    {
        var (draft, assist) = Returnee();

        const string text = "交通方式 == 'x' && 出";
        var items = assist.Complete(Field(draft, "车次航班"), text, text.Length);

        var first = Assert.Single(items);
        Assert.Equal("出发地", first.Label);
        Assert.Equal(CompletionKind.Field, first.Kind);
        Assert.Equal(text.Length - 1, first.ReplaceStart);
        Assert.Equal(1, first.ReplaceLength);
        Assert.Equal((text + "发地", text.Length + 2), first.ApplyTo(text));
    }

    [Fact]
    public void Complete_FunctionsInsertACall()
    {
        var (draft, assist) = Returnee();

        var items = assist.Complete(Field(draft, "出发地"), "id", 2);

        Assert.Equal(["idValid", "idBirthDate", "idSex", "idRegion"], items.Select(i => i.InsertText.TrimEnd('(')));
        Assert.All(items, i => Assert.Equal(CompletionKind.Function, i.Kind));
    }

    [Fact]
    public void Complete_EmptyPrefix_ListsScopeFieldsFirst()
    {
        var (draft, assist) = Returnee();
        var relation = Field(draft, "家庭成员").Fields.First(f => f.Key == "关系");

        var items = assist.Complete(relation, "", 0);

        Assert.Equal(["姓名", "身份证号", "关系", "年龄"], items.Take(4).Select(i => i.Label));
        Assert.Contains(items, i => i.Label == "出发地");
        Assert.DoesNotContain(items, i => i.Label == "家庭成员");
        Assert.Contains(items, i => i.Label == "and");
    }

    [Fact]
    public void Complete_ContainsMatchesComeAfterPrefixMatches()
    {
        var (draft, assist) = Returnee();

        var labels = assist.Complete(Field(draft, "出发地"), "号", 1).Select(i => i.Label).ToList();

        Assert.Contains("身份证号", labels);
        Assert.Contains("手机号", labels);
    }

    [Fact]
    public void Complete_AfterDot_RecordFieldsAndMethods()
    {
        var (draft, assist) = Returnee();
        var field = Field(draft, "出发地");

        Assert.Equal(["community", "building", "unit", "room"], assist.Complete(field, "住址.", 3).Select(i => i.Label));
        Assert.Equal(["StartsWith"], assist.Complete(field, "出发地.St", 6).Select(i => i.InsertText.TrimEnd('(')));
        Assert.Contains(assist.Complete(field, "家庭成员.", 5), i => i.InsertText == "Any(");
    }

    [Fact]
    public void Complete_LambdaParameterOverRepeatGroup_ListsItemFields()
    {
        var (draft, assist) = Returnee();
        const string text = "家庭成员.Any(x => x.年";

        var items = assist.Complete(Field(draft, "出发地"), text, text.Length);

        Assert.Equal("年龄", Assert.Single(items).Label);
    }

    [Fact]
    public void Complete_NothingInsideAString()
    {
        var (draft, assist) = Returnee();

        Assert.Empty(assist.Complete(Field(draft, "出发地"), "出发地 == '北", 9));
    }

    [Fact]
    public void Preview_EvaluatesWithSampleAnswers()
    {
        var (draft, assist) = Returnee();
        var field = Field(draft, "车次航班");

        var yes = assist.Preview(field, "交通方式 == 'train' || 交通方式 == 'plane'", new JsonObject { ["交通方式"] = "train" });
        var no = assist.Preview(field, "交通方式 == 'train'", new JsonObject { ["交通方式"] = "bus" });
        var number = assist.Preview(field, "len(出发地) * 2", new JsonObject { ["出发地"] = "北京" });

        Assert.Equal("是（成立）", yes.Display);
        Assert.Equal("否（不成立）", no.Display);
        Assert.Equal(4m, number.Value!.GetValue<decimal>());
    }

    [Fact]
    public void Preview_InRepeatScope_UsesItemAndFormAnswers()
    {
        var (draft, assist) = Returnee();
        var age = Field(draft, "家庭成员").Fields.First(f => f.Key == "年龄");

        var preview = assist.Preview(age, "age(idBirthDate(身份证号))", new JsonObject { ["身份证号"] = "11010519491231002X" });

        Assert.True(preview.Success);
        Assert.Equal("76", preview.Display);
    }

    [Fact]
    public void Preview_ReportsCompileAndRuntimeErrorsInChinese()
    {
        var (draft, assist) = Returnee();
        var field = Field(draft, "出发地");

        Assert.StartsWith("无法计算", assist.Preview(field, "不存在 + 1", []).Display, StringComparison.Ordinal);
        var failed = assist.Preview(field, "1 / (len(出发地) - 2)", new JsonObject { ["出发地"] = "北京" });
        Assert.False(failed.Success);
        Assert.StartsWith("计算出错", failed.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleFields_AndSampleAnswers_ConvertTypedText()
    {
        var (draft, assist) = Returnee();
        var field = Field(draft, "车次航班");
        var fields = assist.SampleFields(field, "是否发热 && 返乡日期 > date('2026-01-01') && len(出发地) > 1");

        Assert.Equal(["是否发热", "返乡日期", "出发地"], fields.Select(f => f.Name));
        var answers = ExpressionAssist.SampleAnswers(fields.Zip(["是", "2026-02-01", "上海"]).Select(p => (p.First, (string?)p.Second)));

        Assert.True(answers["是否发热"]!.GetValue<bool>());
        Assert.Equal("是（成立）", assist.Preview(field, "是否发热 && 返乡日期 > date('2026-01-01') && len(出发地) > 1", answers).Display);
    }

    [Fact]
    public void Schemas_FollowDraftEdits()
    {
        var (draft, assist) = Returnee();
        var field = Field(draft, "出发地");
        Assert.False(assist.Check(field, "visibleIf", "新字段 > 1").Succeeded);

        var added = draft.AddField("number");
        draft.SetKey(added, "新字段");

        Assert.True(assist.Check(field, "visibleIf", "新字段 > 1").Succeeded);
    }

    [Fact]
    public void FunctionTable_MatchesTheEngine()
    {
        var binder = typeof(ExpressionCompiler).Assembly.GetType("FormsEngine.Expressions.Binding.Binder", throwOnError: true)!;
        var names = (string[])binder.GetField("FunctionNames", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(names.Order(StringComparer.Ordinal), ExpressionFunctions.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}
