using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>The report's column names, in their fixed order (a contract with users' spreadsheets and scripts).</summary>
public static class ReportColumns
{
    public static readonly string[] Detail =
    [
        "proposal_id", "file", "criterion_id", "paper", "dimension", "necessity", "weight", "outcome", "points",
        "finding", "remediation", "missing_fields", "citation", "rulepack_version", "input_sha256",
    ];

    /// <summary>The fixed score columns, the pack's classification columns, then the counts.</summary>
    public static IReadOnlyList<string> Summary(RulePack pack) => SummaryColumns.For(pack);
}
