using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Teaching;

/// <summary>
/// A proposal's stated facts as a flat map from field path to value, in the format's own names:
/// <c>entities[ai-agency].revocableBy</c> → <c>[parliament]</c>. Items of a list of records are named by their id
/// (by position when they have none), a list of values is one value, and a field left out is absent, not empty.
/// What names or describes the proposal (<c>id</c>, <c>title</c>, <c>summary</c>, <c>sources</c>, <c>year</c>,
/// <c>format</c>) is not a stated fact about the design and is left out.
/// </summary>
public static class FieldValues
{
    private static readonly HashSet<string> Descriptive = new(["id", "title", "summary", "sources", "year", "format"], StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static SortedDictionary<string, string> Of(Proposal proposal)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (JsonSerializer.SerializeToNode(proposal, Json) is JsonObject root)
        {
            foreach (var (name, node) in root.Where(p => !Descriptive.Contains(p.Key)))
            {
                Walk(node, name, values);
            }
        }
        return values;
    }

    /// <summary>The paths whose values differ between two proposals, in path order; a path stated on one side only differs.</summary>
    public static IReadOnlyList<FieldDifference> Differences(Proposal meets, Proposal fails)
    {
        var (a, b) = (Of(meets), Of(fails));
        return [.. a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(path => a.GetValueOrDefault(path) != b.GetValueOrDefault(path))
            .Select(path => new FieldDifference(path, a.GetValueOrDefault(path), b.GetValueOrDefault(path)))];
    }

    private static void Walk(JsonNode? node, string path, SortedDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject record when record.Count == 0:
                values[path] = "{}";
                break;
            case JsonObject record:
                foreach (var (name, child) in record)
                {
                    Walk(child, $"{path}.{name}", values);
                }
                break;
            case JsonArray list when list.All(item => item is JsonValue):
                values[path] = $"[{string.Join(", ", list.Select(Scalar))}]";
                break;
            case JsonArray list:
                var ids = list.Select(item => item is JsonObject o && o["id"] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null).ToList();
                var byId = ids.All(id => id is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
                for (var i = 0; i < list.Count; i++)
                {
                    var key = byId ? ids[i]! : i.ToString(CultureInfo.InvariantCulture);
                    if (list[i] is JsonObject item)
                    {
                        foreach (var (name, child) in item.Where(p => !(byId && p.Key == "id")))
                        {
                            Walk(child, $"{path}[{key}].{name}", values);
                        }
                    }
                    else
                    {
                        Walk(list[i], $"{path}[{key}]", values);
                    }
                }
                break;
            case JsonValue value:
                values[path] = Scalar(value);
                break;
        }
    }

    private static string Scalar(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "null";
}
