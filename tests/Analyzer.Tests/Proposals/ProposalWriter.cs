using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Proposals;

/// <summary>
/// Writes a <see cref="Proposal"/> back out as a file would hold it, for property tests: first as a tree of fields (so
/// a test can reorder keys), then as block YAML, flow YAML or JSON. Only stated fields are written; an empty list is
/// written as <c>[]</c>, because it is a statement. Text is always quoted, so <c>"null"</c> or <c>"true"</c> stay text.
/// </summary>
internal static class ProposalWriter
{
    /// <summary>A value in the file: quoted text, a bare literal (number, boolean), a list or a mapping.</summary>
    public abstract record Node;

    public sealed record Text(string Value) : Node;

    public sealed record Literal(string Value) : Node;

    public sealed record Sequence(IReadOnlyList<Node> Items) : Node;

    public sealed record Mapping(IReadOnlyList<KeyValuePair<string, Node>> Entries) : Node;

    public enum Syntax
    {
        BlockYaml,
        FlowYaml,
        Json,
    }

    /// <summary>The file name a reader takes the syntax from.</summary>
    public static string FileName(Syntax syntax) => syntax == Syntax.Json ? "written.json" : "written.yaml";

    public static byte[] Write(Proposal proposal, Syntax syntax) => Write(Tree(proposal), syntax);

    public static byte[] Write(Mapping tree, Syntax syntax) => syntax switch
    {
        Syntax.BlockYaml => Encoding.UTF8.GetBytes(BlockYaml(tree)),
        Syntax.FlowYaml => Encoding.UTF8.GetBytes(FlowYaml(tree) + "\n"),
        _ => Json(tree),
    };

    /// <summary>The proposal's stated fields, in the model's declaration order, keys as the file spells them.</summary>
    public static Mapping Tree(Proposal proposal) => (Mapping)Of(proposal)!;

    /// <summary>The same tree with the keys of every mapping in an order drawn from <paramref name="random"/>.</summary>
    public static Node Shuffled(Node node, Random random) => node switch
    {
        Mapping m => new Mapping([.. m.Entries.Select(e => KeyValuePair.Create(e.Key, Shuffled(e.Value, random))).OrderBy(_ => random.Next())]),
        Sequence s => new Sequence([.. s.Items.Select(i => Shuffled(i, random))]),
        _ => node,
    };

    /// <summary>
    /// A canonical text of the proposal, for comparing two of them: record equality compares arrays by reference, and a
    /// text map keeps its keys in file order, so keys are sorted here.
    /// </summary>
    public static string Canonical(Proposal? proposal) => Sorted(JsonSerializer.SerializeToNode(proposal))?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static Node? Of(object? value) => value switch
    {
        null => null,
        string s => new Text(s),
        bool b => new Literal(b ? "true" : "false"),
        int i => new Literal(i.ToString(CultureInfo.InvariantCulture)),
        double d => new Literal(d.ToString("R", CultureInfo.InvariantCulture)),
        Dictionary<string, string> map => new Mapping([.. map.Select(e => KeyValuePair.Create(e.Key, (Node)new Text(e.Value)))]),
        IEnumerable items => new Sequence([.. items.Cast<object>().Select(i => Of(i)!)]),
        _ => new Mapping([.. ProposalBinder.FieldsOf(value.GetType())
            .Select(f => KeyValuePair.Create(f.Key, Of(f.Value.GetValue(value))))
            .Where(e => e.Value is not null)
            .Select(e => KeyValuePair.Create(e.Key, e.Value!))]),
    };

    private static string BlockYaml(Mapping root)
    {
        var o = new StringBuilder();
        WriteMapping(root, 0, firstInline: false);
        return o.ToString();

        void WriteMapping(Mapping m, int indent, bool firstInline)
        {
            for (var i = 0; i < m.Entries.Count; i++)
            {
                if (i > 0 || !firstInline)
                {
                    o.Append(' ', indent);
                }
                o.Append(m.Entries[i].Key).Append(':');
                WriteValue(m.Entries[i].Value, indent);
            }
        }

        void WriteValue(Node value, int indent)
        {
            switch (value)
            {
                case Sequence { Items.Count: > 0 } s:
                    o.Append('\n');
                    WriteSequence(s, indent + 2);
                    break;
                case Mapping { Entries.Count: > 0 } m:
                    o.Append('\n');
                    WriteMapping(m, indent + 2, firstInline: false);
                    break;
                default:
                    o.Append(' ').Append(FlowYaml(value)).Append('\n');
                    break;
            }
        }

        void WriteSequence(Sequence s, int indent)
        {
            foreach (var item in s.Items)
            {
                o.Append(' ', indent).Append("- ");
                if (item is Mapping { Entries.Count: > 0 } m)
                {
                    WriteMapping(m, indent + 2, firstInline: true);
                }
                else
                {
                    o.Append(FlowYaml(item)).Append('\n');
                }
            }
        }
    }

    private static string FlowYaml(Node node) => node switch
    {
        Text t => YamlQuoted(t.Value),
        Literal l => l.Value,
        Sequence s => "[" + string.Join(", ", s.Items.Select(FlowYaml)) + "]",
        Mapping m => "{" + string.Join(", ", m.Entries.Select(e => $"{e.Key}: {FlowYaml(e.Value)}")) + "}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>A YAML double-quoted scalar: printable characters as they are, everything else escaped.</summary>
    private static string YamlQuoted(string text)
    {
        var o = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v == '"' || v == '\\')
            {
                o.Append('\\').Append((char)v);
            }
            else if (v is >= 0x20 and <= 0x7E || v >= 0xA0 && v is not (0xFEFF or 0x2028 or 0x2029 or 0xFFFE or 0xFFFF))
            {
                o.Append(rune.ToString());
            }
            else
            {
                o.Append(v <= 0xFFFF ? string.Create(CultureInfo.InvariantCulture, $"\\u{v:X4}") : string.Create(CultureInfo.InvariantCulture, $"\\U{v:X8}"));
            }
        }
        return o.Append('"').ToString();
    }

    private static byte[] Json(Mapping root)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, root);
        }
        return stream.ToArray();

        static void Write(Utf8JsonWriter json, Node node)
        {
            switch (node)
            {
                case Text t:
                    json.WriteStringValue(t.Value);
                    break;
                case Literal l:
                    json.WriteRawValue(l.Value);
                    break;
                case Sequence s:
                    json.WriteStartArray();
                    foreach (var item in s.Items)
                    {
                        Write(json, item);
                    }
                    json.WriteEndArray();
                    break;
                case Mapping m:
                    json.WriteStartObject();
                    foreach (var (key, value) in m.Entries)
                    {
                        json.WritePropertyName(key);
                        Write(json, value);
                    }
                    json.WriteEndObject();
                    break;
            }
        }
    }
}
