namespace Analyzer.Core.Reporting;

/// <summary>
/// The detail report's column names, in their fixed order (a contract with users' spreadsheets and scripts); the
/// summary's are <see cref="Rules.SummaryColumns"/>, since the pack adds to them.
/// </summary>
public static class ReportColumns
{
    public static readonly string[] Detail =
    [
        "proposal_id", "file", "criterion_id", "paper", "dimension", "necessity", "weight", "outcome", "points",
        "finding", "remediation", "missing_fields", "citation", "rulepack_version", "input_sha256",
    ];
}
