using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>One criterion as the study guide shows it: the criterion, its full citation and the examples that pin it.</summary>
public sealed record CatalogueEntry(Criterion Criterion, string Citation, CriterionExamples Examples);
