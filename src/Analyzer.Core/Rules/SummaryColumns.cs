namespace Analyzer.Core.Rules;

/// <summary>
/// The summary report's columns: a sweep's design factors (none for files), the fixed score columns, then one column
/// per classification of the pack that declares one (in pack order), then the fixed count columns. A new paper's
/// classification needs no C#.
/// </summary>
public static class SummaryColumns
{
    public static readonly string[] Head =
    [
        "proposal_id", "file", "title", "legitimacy_score", "legitimacy_low", "legitimacy_high", "legitimacy_verdict",
        "feasibility_score", "feasibility_low", "feasibility_high", "feasibility_verdict",
    ];

    public static readonly string[] Tail = ["met", "not_met", "not_stated", "not_applicable", "errors", "questions"];

    public static readonly IReadOnlyCollection<string> Fixed = [.. Head, .. Tail];

    /// <summary>The pack's classifications that fill a summary column, in pack order.</summary>
    public static IReadOnlyList<Criterion> Classifications(RulePack pack) => [.. pack.Criteria.Where(c => c.Column is not null)];

    public static IReadOnlyList<string> For(RulePack pack) => For(pack, []);

    public static IReadOnlyList<string> For(RulePack pack, IReadOnlyList<string> factors) =>
        [.. factors, .. Head, .. Classifications(pack).Select(c => c.Column!), .. Tail];
}
