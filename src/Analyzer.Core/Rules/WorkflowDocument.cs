using System.Text.Json.Serialization;

namespace Analyzer.Core.Rules;

/// <summary>A rule file as written: one RulesEngine workflow, read strictly (unknown fields are errors).</summary>
internal sealed record WorkflowDocument
{
    [JsonPropertyName("WorkflowName")] public string? WorkflowName { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("Rules")] public RuleDocument?[]? Rules { get; init; }
}

/// <summary>One RulesEngine rule; the criterion's metadata lives in <see cref="Properties"/>.</summary>
internal sealed record RuleDocument
{
    [JsonPropertyName("RuleName")] public string? RuleName { get; init; }
    [JsonPropertyName("Expression")] public string? Expression { get; init; }
    [JsonPropertyName("RuleExpressionType")] public string? RuleExpressionType { get; init; }
    [JsonPropertyName("Enabled")] public bool? Enabled { get; init; }
    [JsonPropertyName("SuccessEvent")] public string? SuccessEvent { get; init; }
    [JsonPropertyName("ErrorMessage")] public string? ErrorMessage { get; init; }
    [JsonPropertyName("Properties")] public CriterionProperties? Properties { get; init; }
}

/// <summary>The criterion metadata carried in a rule's <c>Properties</c>.</summary>
internal sealed record CriterionProperties
{
    [JsonPropertyName("title")] public LocalizedText? Title { get; init; }
    [JsonPropertyName("explanation")] public LocalizedText? Explanation { get; init; }
    [JsonPropertyName("remediation")] public LocalizedText? Remediation { get; init; }
    [JsonPropertyName("question")] public LocalizedText? Question { get; init; }
    [JsonPropertyName("dimension")] public string? Dimension { get; init; }
    [JsonPropertyName("weight")] public int? Weight { get; init; }
    [JsonPropertyName("weightReason")][JsonConverter(typeof(PlainOrLocalizedText))] public LocalizedText? WeightReason { get; init; }
    [JsonPropertyName("necessity")] public string? Necessity { get; init; }
    [JsonPropertyName("paper")] public string? Paper { get; init; }
    [JsonPropertyName("locator")] public string? Locator { get; init; }
    [JsonPropertyName("provenance")] public string? Provenance { get; init; }
    [JsonPropertyName("evidence")] public string[]? Evidence { get; init; }
    [JsonPropertyName("requires")] public RequirementDocument[]? Requires { get; init; }
    [JsonPropertyName("appliesWhen")] public string? AppliesWhen { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("column")] public string? Column { get; init; }
    [JsonPropertyName("detail")] public string? Detail { get; init; }
    [JsonPropertyName("teachingPair")] public TeachingPair? TeachingPair { get; init; }
}

/// <summary><c>rules/pack.json</c>: the pack's version and its scoring parameters.</summary>
internal sealed record PackDocument
{
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("scoring")] public ScoringDocument? Scoring { get; init; }
}

/// <summary>The score formula as documentation and the verdict bands as data.</summary>
internal sealed record ScoringDocument
{
    [JsonPropertyName("formula")] public string? Formula { get; init; }
    [JsonPropertyName("bands")] public BandDocument[]? Bands { get; init; }
}

/// <summary>One band as written: a verdict name and the minimum score that earns it.</summary>
internal sealed record BandDocument
{
    [JsonPropertyName("verdict")] public string? Verdict { get; init; }
    [JsonPropertyName("min")] public double Min { get; init; }
}

/// <summary><c>rules/papers.json</c>: the full references.</summary>
internal sealed record PapersDocument
{
    [JsonPropertyName("papers")] public PaperReference[]? Papers { get; init; }
}
