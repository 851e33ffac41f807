using System.Text.Json.Nodes;
using CsCheck;

namespace FormsEngine.Tests.Fuzz;

/// <summary>Generators for hostile JSON: a valid document with random values put at random places.</summary>
internal static class JsonMutations
{
    private static readonly string[] Odd = ["", "身份证号", "input1.年龄 >= 80", "{{", "\u0000", "$.fields", "../../etc/passwd", "System.IO.File.Delete('x')", new string('长', 5000)];

    /// <summary>A random JSON value: scalars of every kind, odd strings, empty and deeply nested containers.</summary>
    public static readonly Gen<JsonNode?> Value = Gen.OneOf(
        Gen.Const(() => (JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(0))),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int[0, Odd.Length - 1].Select(i => (JsonNode?)JsonValue.Create(Odd[i])),
        Gen.Int[0, 200].Select(depth => Nest(depth)),
        Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Const(() => (JsonNode?)new JsonArray()));

    /// <summary><paramref name="document"/> with 1–4 random values written at random paths (existing or new keys, array items).</summary>
    public static Gen<JsonObject> Mutate(JsonObject document) =>
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 1_000_000].Array[8], Value.Array[4], (count, picks, values) =>
        {
            var copy = (JsonObject)document.DeepClone();
            for (var i = 0; i < count; i++)
            {
                Place(copy, picks, i, values[i % values.Length]);
            }

            return copy;
        });

    private static void Place(JsonObject root, int[] picks, int round, JsonNode? value)
    {
        JsonNode node = root;
        for (var depth = 0; depth < 6; depth++)
        {
            var pick = picks[(round + depth) % picks.Length] % 7;
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value).ToList(),
                JsonArray a => a.ToList(),
                _ => [],
            };
            if (pick == 0 || children.Count == 0 || children[pick % children.Count] is not { } child || child is JsonValue)
            {
                break;
            }

            node = child;
        }

        var target = picks[round % picks.Length];
        switch (node)
        {
            case JsonObject o when o.Count > 0 && target % 3 != 0:
                o[o.ElementAt(target % o.Count).Key] = value?.DeepClone();
                break;
            case JsonObject o:
                o["fuzz" + target % 5] = value?.DeepClone();
                break;
            case JsonArray a when a.Count > 0 && target % 2 == 0:
                a[target % a.Count] = value?.DeepClone();
                break;
            case JsonArray a:
                a.Add(value?.DeepClone());
                break;
        }
    }

    private static JsonNode? Nest(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return node;
    }
}
