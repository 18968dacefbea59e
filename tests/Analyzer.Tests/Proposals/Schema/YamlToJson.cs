using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Analyzer.Tests.Proposals.Schema;

/// <summary>
/// Turns a YAML proposal into the JSON value an editor's YAML language server checks against the schema: plain
/// scalars typed by YAML 1.2's core schema (null, booleans, integers, floats), quoted and block scalars as text.
/// The reader types a scalar by the field it lands in instead, which is why the schema lets text fields take
/// numbers and booleans, and boolean and number fields take their text.
/// </summary>
internal static partial class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var root = Read(parser, anchors);
        parser.Consume<DocumentEnd>();
        return root;
    }

    private static JsonNode? Read(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors[alias.Value.Value]?.DeepClone();
        }
        JsonNode? node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = scalar.Style == ScalarStyle.Plain ? Plain(scalar.Value) : JsonValue.Create(scalar.Value);
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(Read(parser, anchors));
            }
            node = array;
            anchor = sequence.Anchor;
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            var map = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                map.Add(key, Read(parser, anchors)); // a key given twice throws, as the reader rejects it
            }
            node = map;
            anchor = mapping.Anchor;
        }
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
        return node;
    }

    private static JsonValue? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        _ when Octal().IsMatch(text) => JsonValue.Create(System.Convert.ToInt64(text[2..], 8)),
        _ when Hexadecimal().IsMatch(text) => JsonValue.Create(long.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
        _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text), // .inf and .nan have no JSON form; no example uses them
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex Octal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex Hexadecimal();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
