using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>One criterion as the study guide shows it: the criterion, its full citation and the examples that pin it.</summary>
public sealed record CatalogueEntry(Criterion Criterion, string Citation, CriterionExamples Examples);

/// <summary>One paper of the guide and its criteria, in pack order.</summary>
public sealed record CataloguePaper(PaperReference Paper, IReadOnlyList<CatalogueEntry> Entries);
