using System.Globalization;
using System.Text;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// The chain as a Mermaid <c>flowchart TD</c>, for slides and Markdown: the same nodes, links and marks as the text tree.
/// Node ids are made here (<c>e0</c>, <c>d0</c>: an entity id such as <c>end</c> or <c>a--b</c> would break the chart);
/// every label is quoted, and any character that Mermaid could read as syntax is written as an entity code (<c>#35;</c>).
/// </summary>
public static class ChainMermaid
{
    private const string NotMetStyle = "stroke:#c5221f,stroke-width:3px";

    public static void Write(TextWriter output, ChainView view, Language language)
    {
        var w = ExplainWords.For(language);
        var words = new ChainWording(w, Printable.Escape);
        output.WriteLine("flowchart TD");
        output.WriteLine($"  %% {view.ProposalId}: {Comment(w.ChainHeading)}");

        if (!view.EntitiesStated || view.Entities.Count == 0)
        {
            // A chart with no node would be blank on a slide: say that the chain is not stated.
            output.WriteLine($"  nochain[\"{Label(view.EntitiesStated ? w.NoEntities : w.EntitiesNotStated)}\"]");
        }
        var untraced = Untraced(view);
        foreach (var e in view.Entities.Where(e => !untraced.Contains(e)))
        {
            Node(output, "  ", e, words);
        }
        foreach (var d in view.Decisions.Where(d => d.Maker is not null && !untraced.Contains(d.Maker)))
        {
            Node(output, "  ", d, words);
        }
        if (view.UntracedRoots.Count > 0)
        {
            output.WriteLine($"  subgraph untraced[\"{Label(w.MermaidUntraced)}\"]");
            foreach (var e in view.Entities.Where(untraced.Contains))
            {
                Node(output, "    ", e, words);
            }
            foreach (var d in view.Decisions.Where(d => d.Maker is not null && untraced.Contains(d.Maker)))
            {
                Node(output, "    ", d, words);
            }
            output.WriteLine("  end");
        }
        if (view.DecisionsWithoutMaker.Count > 0)
        {
            output.WriteLine($"  subgraph nomaker[\"{Label(w.MermaidWithoutMaker)}\"]");
            foreach (var d in view.DecisionsWithoutMaker)
            {
                Node(output, "    ", d, words);
            }
            output.WriteLine("  end");
        }

        // Edges in a fixed order, counted, so that linkStyle can name the broken ones by position.
        var broken = new List<int>();
        var count = 0;
        foreach (var e in view.Entities)
        {
            if (e.Parent is { } parent)
            {
                var label = e.UnderPublic
                    ? (e.Entity.Authorization is { } act ? w.Authorization(act) : string.Format(CultureInfo.InvariantCulture, w.NotStated, "authorization"))
                    : w.Mandate;
                output.WriteLine($"  {NodeId(parent)} -->|\"{Label(label)}\"| {NodeId(e)}");
                if (Broken(e, parent))
                {
                    broken.Add(count);
                }
                count++;
            }
            foreach (var other in e.OtherMandators)
            {
                output.WriteLine($"  {NodeId(other)} -.->|\"{Label(w.Mandate)}\"| {NodeId(e)}");
                if (Broken(e, other))
                {
                    broken.Add(count);
                }
                count++;
            }
        }
        foreach (var d in view.Decisions.Where(d => d.Maker is not null))
        {
            output.WriteLine($"  {NodeId(d.Maker!)} --> {NodeId(d)}");
            count++;
        }

        output.WriteLine("  classDef clsPublic fill:#e6f4ea,stroke:#137333,color:#0d3c1f");
        output.WriteLine("  classDef clsAuthorized fill:#e8f0fe,stroke:#1a73e8,color:#0b2a5b");
        output.WriteLine("  classDef clsMandated fill:#f3e8fd,stroke:#8430ce,color:#3b0f63");
        output.WriteLine("  classDef clsPrivate fill:#fef7e0,stroke:#b06000,color:#4d2a00");
        output.WriteLine("  classDef clsAiSystem fill:#fce8e6,stroke:#a50e0e,color:#4d0606");
        output.WriteLine("  classDef clsUnknown fill:#f1f3f4,stroke:#5f6368,color:#202124,stroke-dasharray:4 3");
        output.WriteLine("  classDef clsDecision fill:#ffffff,stroke:#5f6368,color:#202124");
        output.WriteLine("  classDef clsAiUse fill:#fff0e0,stroke:#e8710a,color:#4d2a00");
        output.WriteLine("  classDef clsNotStated stroke-dasharray:6 3,stroke-width:2px");
        output.WriteLine($"  classDef clsNotMet {NotMetStyle}");
        var classes = new List<(string Class, string Node)>();
        if (!view.EntitiesStated || view.Entities.Count == 0)
        {
            classes.Add(("clsUnknown", "nochain"));
        }
        foreach (var e in view.Entities)
        {
            classes.Add((ClassName(e.Class), NodeId(e)));
            Marked(classes, NodeId(e), e.Marks);
        }
        foreach (var d in view.Decisions)
        {
            classes.Add((d.UsesAi ? "clsAiUse" : "clsDecision", NodeId(d)));
            Marked(classes, NodeId(d), d.Marks);
        }
        // Grouped by class, in the order classes first appear; a node in two classes gets both (the marks draw over the fill).
        foreach (var group in classes.GroupBy(c => c.Class, StringComparer.Ordinal))
        {
            output.WriteLine($"  class {string.Join(',', group.Select(c => c.Node))} {group.Key}");
        }
        if (broken.Count > 0)
        {
            output.WriteLine($"  linkStyle {string.Join(',', broken.Select(i => i.ToString(CultureInfo.InvariantCulture)))} {NotMetStyle}");
        }
    }

    /// <summary>The entities drawn apart, under the untraced roots, walked with an explicit stack.</summary>
    private static HashSet<ChainEntity> Untraced(ChainView view)
    {
        var untraced = new HashSet<ChainEntity>();
        var stack = new Stack<ChainEntity>(view.UntracedRoots);
        while (stack.TryPop(out var e))
        {
            if (untraced.Add(e))
            {
                foreach (var child in e.Branches.OfType<EntityBranch>())
                {
                    stack.Push(child.Entity);
                }
            }
        }
        return untraced;
    }

    /// <summary>The link to this parent is the one a chain gap of the entity names (EF-06: <c>mandatedBy -> board (private)</c>).</summary>
    private static bool Broken(ChainEntity e, ChainEntity parent) => e.Marks.Any(m => m.Gap is { } gap
        && (gap.StartsWith($"mandatedBy -> {parent.Id} (", StringComparison.Ordinal)
            || e.UnderPublic && e.Parent == parent && gap.StartsWith("authorization", StringComparison.Ordinal)));

    private static void Marked(List<(string, string)> classes, string node, IReadOnlyList<ChainMark> marks)
    {
        if (marks.Any(m => m.Outcome == Outcome.NotMet))
        {
            classes.Add(("clsNotMet", node));
        }
        else if (marks.Any(m => m.Outcome == Outcome.NotStated))
        {
            classes.Add(("clsNotStated", node));
        }
    }

    private static void Node(TextWriter output, string indent, ChainEntity e, ChainWording words)
    {
        var lines = new List<string> { words.Entity(e) };
        if (e.Entity.Name is { } name)
        {
            lines.Add(words.Name(name));
        }
        lines.AddRange(words.Marks(e.Marks));
        var (open, close) = e.Class == EntityClass.AiSystem ? ("{{", "}}") : ("[", "]");
        output.WriteLine($"{indent}{NodeId(e)}{open}\"{string.Join("<br/>", lines.Select(Label))}\"{close}");
    }

    private static void Node(TextWriter output, string indent, ChainDecision d, ChainWording words)
    {
        var lines = new List<string> { words.Decision(d) };
        lines.AddRange(words.Marks(d.Marks));
        output.WriteLine($"{indent}{NodeId(d)}([\"{string.Join("<br/>", lines.Select(Label))}\"])");
    }

    private static string NodeId(ChainEntity e) => "e" + e.Index.ToString(CultureInfo.InvariantCulture);

    private static string NodeId(ChainDecision d) => "d" + d.Index.ToString(CultureInfo.InvariantCulture);

    private static string ClassName(EntityClass? c) => c switch
    {
        EntityClass.Public => "clsPublic",
        EntityClass.Authorized => "clsAuthorized",
        EntityClass.Mandated => "clsMandated",
        EntityClass.Private => "clsPrivate",
        EntityClass.AiSystem => "clsAiSystem",
        _ => "clsUnknown",
    };

    /// <summary>
    /// Text safe inside a quoted Mermaid label: letters (any script), digits, spaces and harmless punctuation stay;
    /// every other ASCII character (quotes, brackets, '#', '&amp;', '&lt;', '|', ';', backquote ...) and every control,
    /// format or separator character becomes a numeric entity code, which Mermaid shows as the character itself.
    /// </summary>
    public static string Label(string text)
    {
        var label = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var safe = rune.IsAscii
                ? Rune.IsLetterOrDigit(rune) || rune.Value == ' ' || "-_.,:/'+*=?!@%~^$".Contains((char)rune.Value, StringComparison.Ordinal)
                : Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);
            if (safe)
            {
                label.Append(rune.ToString());
            }
            else
            {
                label.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }
        return label.ToString();
    }

    /// <summary>A comment runs to the end of its line: the heading has no line break, but is kept to one line regardless.</summary>
    private static string Comment(string text) => Printable.Escape(text);
}
