using System.Text.RegularExpressions;

namespace Analyzer.Tests.Explaining;

/// <summary>
/// A check of the flowcharts <c>explain --format mermaid</c> writes, line by line against the few statement shapes it
/// uses: every line is one of them, every edge and class statement names a declared node, every linkStyle an edge
/// that exists, and every label is quoted with nothing inside that Mermaid could read as syntax (only entity codes).
/// </summary>
internal static partial class MermaidStructure
{
    public static (int Nodes, int Edges) Check(string chart)
    {
        var lines = chart.Split('\n');
        Assert.Equal("flowchart TD", lines[0]);
        Assert.Equal("", lines[^1]); // ends with a newline
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(string From, string To)>();
        var classes = new List<string>();
        var depth = 0;
        foreach (var line in lines[1..^1])
        {
            Match m;
            if ((m = NodeLine().Match(line)).Success)
            {
                Assert.True(nodes.Add(m.Groups["id"].Value), $"node declared twice: {line}");
                CheckLabel(m.Groups["label"].Value, line);
            }
            else if ((m = EdgeLine().Match(line)).Success)
            {
                edges.Add((m.Groups["from"].Value, m.Groups["to"].Value));
                if (m.Groups["label"].Success)
                {
                    CheckLabel(m.Groups["label"].Value, line);
                }
            }
            else if ((m = SubgraphLine().Match(line)).Success)
            {
                CheckLabel(m.Groups["label"].Value, line);
                depth++;
            }
            else if (line == "  end")
            {
                depth--;
                Assert.True(depth >= 0, "'end' without a subgraph");
            }
            else if ((m = ClassLine().Match(line)).Success)
            {
                classes.AddRange(m.Groups["ids"].Value.Split(','));
                Assert.Matches("^cls[A-Za-z]+$", m.Groups["class"].Value);
            }
            else if ((m = LinkStyleLine().Match(line)).Success)
            {
                Assert.All(m.Groups["indexes"].Value.Split(','), i => Assert.InRange(int.Parse(i, System.Globalization.CultureInfo.InvariantCulture), 0, edges.Count - 1));
            }
            else
            {
                Assert.True(ClassDefLine().IsMatch(line) || CommentLine().IsMatch(line), $"not a statement the chart uses: {line}");
            }
        }
        Assert.Equal(0, depth);
        Assert.All(edges, e => Assert.True(nodes.Contains(e.From) && nodes.Contains(e.To), $"edge {e.From} -> {e.To} names an undeclared node"));
        Assert.All(classes, id => Assert.Contains(id, nodes));
        return (nodes.Count, edges.Count);
    }

    /// <summary>Inside the quotes: no quote, bracket, '#' outside an entity code, '&lt;' outside a line break, control character.</summary>
    private static void CheckLabel(string label, string line)
    {
        var bare = EntityCode().Replace(label.Replace("<br/>", "\n", StringComparison.Ordinal), "");
        Assert.DoesNotMatch(@"[""\[\]{}()<>|#&;`\\]", bare);
        Assert.DoesNotContain(bare, c => char.IsControl(c) && c != '\n');
        Assert.False(string.IsNullOrWhiteSpace(label), $"empty label: {line}");
    }

    [GeneratedRegex(@"^ {2,4}(?<id>[ed][0-9]+|nochain)(\[""(?<label>[^""]*)""\]|\(\[""(?<label>[^""]*)""\]\)|\{\{""(?<label>[^""]*)""\}\})$")]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^  (?<from>[ed][0-9]+) (-->|-\.->)(\|""(?<label>[^""]*)""\|)? (?<to>[ed][0-9]+)$")]
    private static partial Regex EdgeLine();

    [GeneratedRegex(@"^  subgraph (untraced|nomaker)\[""(?<label>[^""]*)""\]$")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex(@"^  class (?<ids>[a-z0-9]+(,[a-z0-9]+)*) (?<class>\S+)$")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^  linkStyle (?<indexes>[0-9]+(,[0-9]+)*) stroke:#[0-9a-f]{6},stroke-width:[0-9]px$")]
    private static partial Regex LinkStyleLine();

    [GeneratedRegex(@"^  classDef cls[A-Za-z]+ [a-z-]+:[#0-9a-z ]+(,[a-z-]+:[#0-9a-z ]+)*$")]
    private static partial Regex ClassDefLine();

    [GeneratedRegex(@"^  %% [^\n]*$")]
    private static partial Regex CommentLine();

    [GeneratedRegex("#[0-9]+;")]
    private static partial Regex EntityCode();
}
