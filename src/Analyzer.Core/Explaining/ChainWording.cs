using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Explaining;

/// <summary>
/// The lines of the chain that the text tree and the Mermaid chart share: an entity, a decision, its marks. Text from the
/// proposal (a decision id, a name) goes through <paramref name="freeText"/>, which quotes it for a terminal; the
/// chart escapes whole labels instead.
/// </summary>
internal sealed partial class ChainWording(ExplainWords w, Func<string, string> freeText)
{
    /// <summary><c>parliament: authorized (election)</c>, <c>agency: private, declared mandated, also mandated by x [issuer]</c>.</summary>
    public string Entity(ChainEntity e)
    {
        var parts = new List<string>();
        var cls = w.Class(e.Class);
        if (e.UnderPublic)
        {
            cls += w.Open + (e.Entity.Authorization is { } act ? w.Authorization(act) : Format(w.NotStated, "authorization")) + w.Close;
        }
        parts.Add(cls);
        if (e.Entity.Kind is null)
        {
            parts.Add(Format(w.NotStated, "kind"));
        }
        else if (e.ClassDiffersFromKind)
        {
            parts.Add(Format(w.Declared, w.Kind(e.Entity.Kind)));
        }
        // The links of its own that would settle an unknown class (authorizedBy, mandatedBy, revocableBy ...) are unstated.
        var own = $"entities[{e.Id}].";
        parts.AddRange(e.ClassMissing.Where(m => m.StartsWith(own, StringComparison.Ordinal) && m != own + "kind")
            .Select(m => Format(w.NotStated, m[own.Length..])).Distinct());
        if (e.OtherMandators.Count > 0)
        {
            parts.Add(Format(w.AlsoMandatedBy, w.List(e.OtherMandators.Select(m => m.Id))));
        }
        return e.Id + w.Colon + string.Join(w.Comma, parts) + (e.IsIssuer ? w.Issuer : "");
    }

    /// <summary><c>decision set-priorities: policy, AI decides</c>.</summary>
    public string Decision(ChainDecision d)
    {
        var level = d.Decision.Level is { } l ? w.Level(l) : w.LevelNotStated;
        var ai = d.Decision.Ai is { } role ? w.AiRole(role) : w.AiNotStated;
        return $"{w.Decision} {DecisionId(d)}{w.Colon}{level}{w.Comma}{ai}";
    }

    public string DecisionId(ChainDecision d) => d.Decision.Id is { } id ? Id(id) : "#" + (d.Index + 1).ToString(CultureInfo.InvariantCulture);

    public string Reference(ChainEntity e) => Format(w.DrawnUnder, e.Id, e.Parent?.Id ?? "");

    /// <summary>
    /// One line per broken link (<c>✗ EF-06 not met: mandatedBy = []</c>), one for the other criteria not met
    /// (<c>✗ not met: EF-02, EF-14</c>), one per unstated field (<c>? revocableBy not stated: EF-08</c>).
    /// </summary>
    public IEnumerable<string> Marks(IReadOnlyList<ChainMark> marks)
    {
        var notMet = w.Outcomes[Outcome.NotMet];
        foreach (var gap in marks.Where(m => m.Gap is not null))
        {
            yield return $"{ExplainWords.NotMetMark} {gap.Criterion.Id} {notMet}{w.Colon}{Printable.Escape(gap.Gap!)}";
        }
        var failed = marks.Where(m => m.Outcome == Outcome.NotMet && m.Gap is null).Select(m => m.Criterion.Id).Distinct().ToList();
        if (failed.Count > 0)
        {
            yield return $"{ExplainWords.NotMetMark} {notMet}{w.Colon}{w.List(failed)}";
        }
        foreach (var field in marks.Where(m => m.Outcome == Outcome.NotStated).GroupBy(m => m.Field ?? "", StringComparer.Ordinal))
        {
            yield return $"{w.NotStatedMark} {Format(w.NotStated, Printable.Escape(field.Key))}{w.Colon}{w.List(field.Select(m => m.Criterion.Id).Distinct())}";
        }
    }

    /// <summary>An id as written when it is a plain one (entity ids always are), else quoted like any free text.</summary>
    public string Id(string id) => PlainId().IsMatch(id) ? id : freeText(id);

    public string Name(string name) => freeText(name);

    /// <summary>Quoted and escaped for a terminal: a name cannot close its quotes, forge a mark or start a line.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return Printable.Escape(quoted.Append('"').ToString());
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();
}
