using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// <c>explain &lt;proposal&gt;</c> as text: the chain drawn as a tree with its marks in place, the key to the marks, then
/// the classification in each paper with a one-line reason.
/// </summary>
public static class ChainText
{
    public static void Write(TextWriter output, ChainView view, Language language)
    {
        var w = ExplainWords.For(language);
        var words = new ChainWording(w, ChainWording.Quote);
        output.WriteLine($"{view.ProposalId} {ChainWording.Quote(view.Title)}");
        output.WriteLine();
        output.WriteLine(w.ChainHeading);
        output.WriteLine(w.Legend);
        output.WriteLine();
        // Each part of the chain is set apart by a blank line from the part before it, whichever parts there are.
        var parts = new List<Action>();
        if (!view.EntitiesStated || view.Entities.Count == 0)
        {
            parts.Add(() => output.WriteLine(view.EntitiesStated ? w.NoEntities : w.EntitiesNotStated));
        }
        if (view.PublicRoots.Count > 0)
        {
            parts.Add(() => Forest(output, view.PublicRoots, words));
        }
        if (view.UntracedRoots.Count > 0)
        {
            parts.Add(() =>
            {
                output.WriteLine(w.Untraced);
                Forest(output, view.UntracedRoots, words);
            });
        }
        if (view.DecisionsWithoutMaker.Count > 0)
        {
            parts.Add(() =>
            {
                output.WriteLine(w.WithoutMaker);
                foreach (var d in view.DecisionsWithoutMaker)
                {
                    output.WriteLine(words.Decision(d));
                    WriteMarks(output, "   ", d.Marks, words);
                }
            });
        }
        if (!view.DecisionsStated || view.Decisions.Count == 0)
        {
            parts.Add(() => output.WriteLine(view.DecisionsStated ? w.NoDecisions : w.DecisionsNotStated));
        }
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }
            parts[i]();
        }

        output.WriteLine();
        output.WriteLine(w.KeyHeading);
        if (view.Key.Count == 0)
        {
            output.WriteLine("  " + w.NothingFails);
        }
        foreach (var entry in view.Key)
        {
            output.WriteLine("  " + Key(entry, w, language));
        }

        output.WriteLine();
        output.WriteLine(w.ClassificationHeading);
        foreach (var classification in view.Classifications)
        {
            output.WriteLine("  " + Classification(classification, view, w, language));
        }
    }

    /// <summary>
    /// Each root and what hangs under it, with an explicit stack (a chain thousands of mandates long cannot overflow
    /// the call stack). The marks of a node follow its line, indented under it.
    /// </summary>
    private static void Forest(TextWriter output, IReadOnlyList<ChainEntity> roots, ChainWording words)
    {
        var stack = new Stack<(ChainBranch Branch, string Prefix, string Connector)>();
        foreach (var root in roots.Reverse())
        {
            stack.Push((new EntityBranch(root), "", ""));
        }
        while (stack.TryPop(out var item))
        {
            var (branch, prefix, connector) = item;
            var below = connector.Length == 0 ? "" : prefix + (connector == Last ? "   " : "│  ");
            switch (branch)
            {
                case EntityBranch { Entity: var e }:
                    output.WriteLine(prefix + connector + words.Entity(e) + (e.Entity.Name is { } name ? " " + words.Name(name) : ""));
                    WriteMarks(output, below + (e.Branches.Count > 0 ? "│  " : "   "), e.Marks, words);
                    for (var i = e.Branches.Count - 1; i >= 0; i--)
                    {
                        stack.Push((e.Branches[i], below, i == e.Branches.Count - 1 ? Last : Middle));
                    }
                    break;
                case DecisionBranch { Decision: var d }:
                    output.WriteLine(prefix + connector + words.Decision(d));
                    WriteMarks(output, below + "   ", d.Marks, words);
                    break;
                case ReferenceBranch { Entity: var r }:
                    output.WriteLine(prefix + connector + words.Reference(r));
                    break;
            }
        }
    }

    private const string Middle = "├─ ";
    private const string Last = "└─ ";

    private static void WriteMarks(TextWriter output, string prefix, IReadOnlyList<ChainMark> marks, ChainWording words)
    {
        foreach (var mark in words.Marks(marks))
        {
            output.WriteLine(prefix + mark);
        }
    }

    /// <summary><c>✗ EF-02 not met (necessary): Democratic minimum: ...; missing issuer</c>.</summary>
    private static string Key(ChainKeyEntry entry, ExplainWords w, Language language)
    {
        var r = entry.Result;
        var c = r.Criterion;
        var mark = r.Outcome switch
        {
            Outcome.NotMet => ExplainWords.NotMetMark,
            Outcome.NotStated => w.NotStatedMark,
            _ => "!",
        };
        var necessary = c.IsScored && c.Necessity == Necessity.Necessary ? w.Open + w.Necessary + w.Close : "";
        var line = $"{mark} {c.Id} {w.Outcomes[r.Outcome]}{necessary}{w.Colon}{c.Title.In(language)}";
        var notes = new List<string>();
        if (entry.UnplacedFields.Count > 0)
        {
            notes.Add(Format(w.Missing, w.List(entry.UnplacedFields.Select(Printable.Escape))));
        }
        if (entry.UnplacedNames.Count > 0)
        {
            notes.Add(Format(w.Names, w.List(entry.UnplacedNames.Select(ChainWording.Quote))));
        }
        if (r.Outcome == Outcome.Error && r.Error is { } error)
        {
            notes.Add(Printable.Escape(error));
        }
        if (!entry.Placed && notes.Count == 0)
        {
            notes.Add(w.WholeDesign);
        }
        return line + string.Concat(notes.Select(n => w.Semicolon + n));
    }

    /// <summary>
    /// <c>Erman &amp; Furendal (2024), Mode of AI governance (EF-11): mode-5 — a mandated entity uses AI as a tool ...</c>; a
    /// paper classed by scored criteria shows their outcomes: <c>Pathway (RH-05 met, RH-18 met)</c>.
    /// </summary>
    private static string Classification(PaperClassification p, ChainView view, ExplainWords w, Language language)
    {
        var first = p.Results[0];
        // A scored criterion's outcome matters once there is a label to judge (RH-05 met, RH-18 met); without one it is the line's.
        var ids = w.List(p.Results.Select(r => r.Criterion.IsScored && p.Label is not null ? $"{r.Criterion.Id} {w.Outcomes[r.Outcome]}" : r.Criterion.Id));
        var head = $"{PaperName(p.Paper, language)}{w.Comma}{ShortTitle(first.Criterion.Title.In(language))}{w.Open}{ids}{w.Close}{w.Colon}";
        if (p.Label is { } label)
        {
            // The chain's own paper classes the design by its issuer's traced class: say what that class is.
            var issuer = p.Paper.Key == ChainMarks.ChainPaper ? view.Entities.FirstOrDefault(e => e.IsIssuer && e.Class is not null) : null;
            var traced = issuer is null ? "" : w.Semicolon + Format(w.IssuerTraces, issuer.Id, w.Class(issuer.Class));
            return head + Printable.Escape(label) + w.Dash + Reason(p, label, first, w, language) + traced + w.Stop;
        }
        var missing = p.Results.SelectMany(r => r.MissingFields).Distinct(StringComparer.Ordinal).ToList();
        var outcome = p.Results.Select(r => r.Outcome).FirstOrDefault(o => o is Outcome.NotStated or Outcome.Error, first.Outcome);
        var why = outcome switch
        {
            Outcome.NotStated when missing.Count > 0 => Format(w.Missing, w.List(missing.Select(Printable.Escape))),
            Outcome.Error => Printable.Escape(p.Results.First(r => r.Outcome == Outcome.Error).Error ?? ""),
            _ => first.Criterion.Title.In(language),
        };
        return head + w.Outcomes[outcome] + w.Dash + why + w.Stop;
    }

    /// <summary>What each class in the label means (<c>mode-2+mode-5</c> has two), and why a design is outside the framework.</summary>
    private static string Reason(PaperClassification p, string label, CriterionResult first, ExplainWords w, Language language)
    {
        var parts = label.Split(['+', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var glossed = parts.Select(part =>
        {
            var gloss = LabelGlosses.For(p.Paper.Key, part, language);
            if (gloss is not null && part == Facts.ErmanFurendalClassifier.OutsideFramework && p.OutsideFramework is { } outside)
            {
                var whys = outside.Split('+').Select(why => LabelGlosses.For(p.Paper.Key, why, language) is { } g ? $"{why}{w.Colon}{g}" : why);
                gloss += w.Open + string.Join(w.Semicolon, whys) + w.Close;
            }
            return (Part: part, Gloss: gloss);
        }).ToList();
        if (glossed.All(g => g.Gloss is null))
        {
            return first.Criterion.Title.In(language);
        }
        return glossed.Count == 1 ? glossed[0].Gloss!
            : string.Join(w.Semicolon, glossed.Select(g => g.Gloss is null ? Printable.Escape(g.Part) : $"{Printable.Escape(g.Part)}{w.Colon}{g.Gloss}"));
    }

    /// <summary>The paper as the pack cites it; in Chinese "Ho 等（2023）", "Veale、Matus &amp; Gorwa（2023）".</summary>
    public static string PaperName(PaperReference paper, Language language)
    {
        var name = paper.Citation.Length > 0 ? paper.Citation : paper.Key;
        return language == Language.Zh
            ? name.Replace(" et al.", " 等", StringComparison.Ordinal).Replace(", ", "、", StringComparison.Ordinal)
                .Replace(" (", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal)
            : name;
    }

    /// <summary>A criterion's title up to its first parenthesis or colon: "Mode of AI governance", "路径".</summary>
    private static string ShortTitle(string title)
    {
        var cut = title.IndexOfAny(['(', '（', ':', '：']);
        return (cut > 0 ? title[..cut] : title).TrimEnd();
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
