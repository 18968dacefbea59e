using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>One paper of the guide and its criteria, in pack order.</summary>
public sealed record CataloguePaper(PaperReference Paper, IReadOnlyList<CatalogueEntry> Entries);
