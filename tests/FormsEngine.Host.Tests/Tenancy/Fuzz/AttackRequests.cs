using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FormsEngine.Host.Tests.Tenancy.Fuzz;

/// <summary>A request the fuzzer sent, kept for the failure message and the leak check.</summary>
internal sealed record AttackRequest(string Method, string Url, string? Body)
{
    public string Text => Url + " " + Body;

    public HttpRequestMessage ToMessage(string? mediaType)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType ?? "application/json");
        }

        return message;
    }
}

/// <summary>
/// Fills an endpoint's route values, query parameters, headers and JSON body with ids of the victim community
/// (another street's and garbage ids now and then), choosing by the input's name where it says what it holds.
/// </summary>
internal sealed class AttackRequests(Random random, TenantSecrets victim, IReadOnlyList<string> forms, IReadOnlyList<string> packs)
{
    /// <summary>A street and community of another street office, and ids that exist nowhere.</summary>
    private static readonly string[] Garbage =
        ["chaoyang", "chaoyang-beiqu", "xinhua", "*", "%", "'", "../admin", "0", "-1", "99999999999999999999", "", " ", "null", "ＸＩＮＨＵＡ", new string('9', 300), "XH-000000-0000"];

    private static readonly string[] Selectors = ["community", "street", "grid", "b"];

    private static readonly string[] AnswerKeys = ["社区", "楼栋", "网格", "提交编号", "身份证号", "手机号", "姓名"];

    public AttackRequest Next(CatalogEndpoint endpoint)
    {
        var url = new StringBuilder(EndpointCatalog.Path(endpoint.Route, Pick));
        var query = new List<string>();
        foreach (var input in endpoint.Inputs.Where(i => i.Source == InputSource.Query && random.Next(3) == 0))
        {
            query.Add(input.Name + "=" + Uri.EscapeDataString(Scalar(input.Name, input.Type)));
        }

        // Tenant selectors the handler may read from the query string without binding them.
        foreach (var name in Selectors.Where(n => random.Next(4) == 0 && !endpoint.Inputs.Any(i => i.Name == n)))
        {
            query.Add(name + "=" + Uri.EscapeDataString(Pick(name)));
        }

        if (query.Count > 0)
        {
            url.Append('?').AppendJoin('&', query);
        }

        string? body = null;
        if (endpoint.Inputs.FirstOrDefault(i => i.Source == InputSource.Body) is { } bodyInput && random.Next(8) > 0)
        {
            body = Value(bodyInput.Name, bodyInput.Type, depth: 0)?.ToJsonString();
        }
        else if (endpoint.Mutates && random.Next(2) == 0)
        {
            body = new JsonObject { ["id"] = Pick("id"), ["community"] = Pick("community"), ["answers"] = Answers() }.ToJsonString();
        }

        return new AttackRequest(endpoint.Method, url.ToString(), body);
    }

    /// <summary>Headers the handler binds (e.g. Idempotency-Key), filled like any other input.</summary>
    public IEnumerable<(string Name, string Value)> Headers(CatalogEndpoint endpoint) =>
        endpoint.Inputs.Where(i => i.Source == InputSource.Header).Select(i => (i.Name, Pick(i.Name)));

    /// <summary>An id for an input called <paramref name="name"/>: usually of the kind the name says, sometimes any.</summary>
    public string Pick(string name)
    {
        if (random.Next(5) == 0)
        {
            return random.Next(3) == 0 ? One(Garbage) : One(victim.AllIds);
        }

        var n = name.ToLowerInvariant();
        List<string> pool = n switch
        {
            "forms.id" or "forms.formid" => [.. forms],
            "packs.id" => [.. packs],
            "tasks.id" => [.. victim.TaskIds, .. victim.InstanceIds],
            "submissions.id" or "receipt.id" => [.. victim.SubmissionIds, .. victim.References],
            "passes.code" => victim.PassCodes,
            _ when n.Contains('.', StringComparison.Ordinal) => [Pick(n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..])],
            _ when n.Contains("community", StringComparison.Ordinal) => [victim.Community, "chaoyang-beiqu", "xinhua"],
            _ when n.Contains("street", StringComparison.Ordinal) => ["xinhua", "chaoyang"],
            _ when n.Contains("grid", StringComparison.Ordinal) => victim.Grids,
            "b" or "building" => victim.Buildings,
            _ when n.Contains("fileid", StringComparison.Ordinal) => victim.UploadIds,
            _ when n.Contains("form", StringComparison.Ordinal) => [.. forms],
            _ when n.Contains("version", StringComparison.Ordinal) => ["1", "2", "1.0.0", "1.1.0", "2.0.0", "999"],
            _ when n.Contains("code", StringComparison.Ordinal) => victim.PassCodes,
            _ when n.Contains("reference", StringComparison.Ordinal) => victim.References,
            _ when n.Contains("idnumber", StringComparison.Ordinal) => victim.IdNumbers,
            _ when n.Contains("mobile", StringComparison.Ordinal) || n.Contains("phone", StringComparison.Ordinal) => victim.Phones,
            _ when n.Contains("outcome", StringComparison.Ordinal) => ["approve", "reject", "returnForCorrection", "eligible", "ineligible"],
            "id" => [.. victim.SubmissionIds, .. victim.TaskIds, .. victim.InstanceIds, .. victim.PublicationIds, .. packs],
            "documentname" => ["v1", "v2"],
            "unmasked" => ["true"],
            _ => [.. victim.AllIds],
        };
        return pool.Count == 0 ? One(victim.AllIds) : One(pool);
    }

    private string Scalar(string name, Type type) => type switch
    {
        _ when type == typeof(bool) => random.Next(2) == 0 ? "true" : "false",
        _ when type == typeof(int) || type == typeof(long) => random.Next(5) > 0 ? One(["1", "2", "20"]) : One(["0", "-1", "201", "1000001", Pick(name)]),
        _ when type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(DateTime) => One(["2020-01-01", "2030-12-31", "2026-11-22T08:30:00+08:00", Pick(name)]),
        _ => Pick(name),
    };

    /// <summary>A JSON value for a body of <paramref name="type"/>: its properties filled by name, lists with several picks.</summary>
    private JsonNode? Value(string name, Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonObject) || type == typeof(JsonNode))
        {
            return random.Next(2) == 0 ? Answers() : new JsonObject { [name] = Pick(name), ["community"] = Pick("community") };
        }

        if (type == typeof(bool) || type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            var scalar = Scalar(name, type);
            return double.TryParse(scalar, CultureInfo.InvariantCulture, out var number) && type != typeof(bool) ? JsonValue.Create(number) : JsonValue.Create(scalar == "true");
        }

        if (EndpointCatalog.IsSimple(type))
        {
            return JsonValue.Create(Scalar(name, type));
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return new JsonArray([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Value(name, element, depth + 1))]);
        }

        if (depth > 2)
        {
            return JsonValue.Create(Pick(name));
        }

        var obj = new JsonObject();
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            obj[EndpointCatalog.Camel(property.Name)] = Value(property.Name, property.PropertyType, depth + 1);
        }

        return obj;
    }

    /// <summary>Answers naming the victim's ids and tenants where a form's fields might hold them.</summary>
    private JsonObject Answers()
    {
        var answers = new JsonObject();
        foreach (var key in AnswerKeys.Where(_ => random.Next(2) == 0))
        {
            answers[key] = One(victim.AllIds);
        }

        return answers;
    }

    private string One(IReadOnlyList<string> pool) => pool[random.Next(pool.Count)];
}
