using System.Text.Json;
using FormsEngine.Expressions;

namespace FormsEngine.Tests.Expressions;

public sealed class SchemaTests
{
    [Fact]
    public void Builder_creates_nested_records_and_lists()
    {
        var schema = ExpressionSchema.Create()
            .Field("年龄", ExpressionType.Number)
            .Field("兴趣", ExpressionType.TextList)
            .Record("住址", a => a.Field("楼栋", ExpressionType.Text))
            .RecordList("家庭成员", m => m.Field("年龄", ExpressionType.Number));
        Assert.Equal(["年龄", "兴趣", "住址", "家庭成员"], schema.Fields.Select(f => f.Name));
        Assert.True(schema.TryGetField("家庭成员", out var family));
        Assert.Equal(ExpressionTypeKind.List, family.Type.Kind);
        Assert.Equal(ExpressionTypeKind.Record, family.Type.ElementType!.Kind);
        Assert.Equal("记录列表", family.Type.DisplayNameZh);
        Assert.Equal("list of record", family.Type.DisplayNameEn);
    }

    [Fact]
    public void Duplicate_names_and_changes_after_use_are_rejected()
    {
        var schema = ExpressionSchema.Create().Field("a", ExpressionType.Number);
        Assert.Throws<ArgumentException>(() => schema.Field("a", ExpressionType.Text));
        Assert.Throws<ArgumentException>(() => schema.Field("b", ExpressionType.Null));
        ExpressionCompiler.Compile("a > 1", schema);
        Assert.True(schema.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => schema.Field("b", ExpressionType.Number));
    }

    [Fact]
    public void FromJsonSamples_infers_types_from_rules_engine_inputs()
    {
        using var input1 = JsonDocument.Parse("""
            {"country": "india", "loyaltyFactor": 2, "totalPurchasesToDate": 5000.5, "vip": true,
             "joined": "2020-01-01", "tags": ["a", "b"], "orders": [{"amount": 10}, {"amount": 20, "paid": true}],
             "address": {"city": "Pune"}, "note": null, "empty": []}
            """);
        using var input2 = JsonDocument.Parse("""{"noOfVisitsPerMonth": 3}""");
        var schema = ExpressionSchema.FromJsonSamples(("input1", input1.RootElement), ("input2", input2.RootElement));
        Assert.True(schema.TryGetField("input1", out var first));
        var fields = first.Type.Schema!.Fields.ToDictionary(f => f.Name, f => f.Type);
        Assert.Equal(ExpressionType.Text, fields["country"]);
        Assert.Equal(ExpressionType.Number, fields["loyaltyFactor"]);
        Assert.Equal(ExpressionType.Boolean, fields["vip"]);
        Assert.Equal(ExpressionType.Text, fields["joined"]);
        Assert.Equal(ExpressionType.TextList, fields["tags"]);
        Assert.Equal(["amount", "paid"], fields["orders"].ElementType!.Schema!.Fields.Select(f => f.Name));
        Assert.Equal(ExpressionTypeKind.Record, fields["address"].Kind);
        Assert.Equal(ExpressionType.Text, fields["note"]);
        Assert.Equal(ExpressionType.TextList, fields["empty"]);

        var rule = ExpressionCompiler.Compile(
            "input1.country == \"india\" AND input1.loyaltyFactor <= 2 AND input1.totalPurchasesToDate >= 5000 AND input2.noOfVisitsPerMonth > 2"
                + " AND input1.orders.Sum(o => o.amount) == 30 AND date(input1.joined) < today()",
            schema,
            CommunitySchema.Options);
        Assert.True(rule.Succeeded, string.Join("\n", rule.Diagnostics));
        var answers = $$"""{"input1": {{input1.RootElement.GetRawText()}}, "input2": {{input2.RootElement.GetRawText()}}}""";
        Assert.Equal("ok:true", BothBackends.Evaluate(rule.Expression!, answers));
    }

    [Fact]
    public void Typed_setters_fill_a_record_without_json()
    {
        var schema = CommunitySchema.Schema;
        var record = schema.CreateRecord()
            .SetNumber("年龄", 72.1234567m)
            .SetText("社区", "东区")
            .SetBoolean("独居", true)
            .SetDate("出生日期", new DateOnly(1946, 3, 15))
            .SetDateTime("登记时间", new DateTime(2026, 3, 15, 9, 30, 15, 999))
            .SetTime("到访时间", new TimeOnly(8, 0, 0, 500))
            .SetTextList("兴趣", ["书法"]);
        record.GetOrCreateRecord("input1").SetText("country", "india");
        record.AddListItem("家庭成员").SetNumber("年龄", 85);
        record.AddListItem("家庭成员").SetText("姓名", "小明");

        string Eval(string source) => Outcome.FromDotNet(CommunitySchema.Compile(source).Evaluate(record));
        Assert.Equal("ok:72.123457", Eval("年龄"));
        Assert.Equal("ok:true", Eval("年龄 >= 60 && 社区 == \"东区\" && 独居 && age(出生日期) == 80"));
        Assert.Equal("ok:\"2026-03-15T09:30:15\"", Eval("登记时间"));
        Assert.Equal("ok:\"08:00:00\"", Eval("到访时间"));
        Assert.Equal("ok:true", Eval("兴趣.Contains(\"书法\") && input1.country == \"india\""));
        Assert.Equal("ok:2", Eval("家庭成员.Count()"));
        Assert.Equal("ok:[85,null]", Eval("家庭成员.Select(m => m.年龄)"));

        record.Clear("年龄").SetText("社区", null);
        Assert.False(record.HasValue("年龄"));
        Assert.Equal("ok:null", Eval("年龄 ?? 社区"[..2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => record.SetNumber("年龄", 100_000_000m));
        Assert.Throws<ArgumentException>(() => record.SetText("年龄", "x"));
        Assert.Throws<ArgumentException>(() => record.SetText("不存在", "x"));
    }

    [Fact]
    public void Loader_treats_wrong_kinds_as_missing_and_ignores_unknown_properties()
    {
        var record = ExpressionRecordLoader.Load(CommunitySchema.Schema, """
            {"年龄": "72", "社区": 5, "独居": "true", "出生日期": "1946/03/15", "兴趣": "书法", "家庭成员": {"a": 1},
             "input1": [], "未知": 1, "姓名": "张三", "姓名": null}
            """);
        foreach (var name in new[] { "年龄", "社区", "独居", "出生日期", "兴趣", "家庭成员", "input1", "姓名" })
        {
            Assert.False(record.HasValue(name), name);
        }
    }

    [Fact]
    public void Records_from_another_schema_are_rejected()
    {
        var expression = CommunitySchema.Compile("年龄 > 1");
        var other = ExpressionSchema.Create().Field("年龄", ExpressionType.Number).CreateRecord();
        Assert.Throws<ArgumentException>(() => expression.Evaluate(other));
        Assert.Throws<ArgumentException>(() => expression.ToPredicate().Test(other));
    }
}
