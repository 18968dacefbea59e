using Analyzer.Core.Proposals.Source;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// How a dimension's value is written in its summary column, when the dimension gives no labels: as YAML flow text,
/// the way it could be written back into a file. A scalar is its text (<c>strengthen-existing</c>, <c>true</c>), not
/// stated is <c>null</c>, a list is <c>[parliament, council]</c> (<c>[]</c> when empty), a mapping
/// <c>{scope: none}</c>. An item that holds a comma, bracket, brace, colon or quote, or is blank, is double-quoted.
/// </summary>
public static class FactorText
{
    public static string Of(SourceNode node) => node switch
    {
        ScalarNode { IsNull: true } => "null",
        ScalarNode s => s.Text,
        SequenceNode seq => "[" + string.Join(", ", seq.Items.Select(Item)) + "]",
        MappingNode map => "{" + string.Join(", ", map.Entries.Select(e => $"{Quoted(e.Key)}: {Item(e.Value)}")) + "}",
        _ => "",
    };

    private static string Item(SourceNode node) => node is ScalarNode { IsNull: false } s ? Quoted(s.Text) : Of(node);

    private static string Quoted(string text) =>
        text.Length == 0 || text.Trim().Length != text.Length || text.IndexOfAny([',', '[', ']', '{', '}', ':', '"']) >= 0
            ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : text;
}
