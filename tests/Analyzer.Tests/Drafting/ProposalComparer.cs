using System.Text.Json;
using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Drafting;

/// <summary>Records holding arrays compare by reference; two proposals are the same here when they serialize the same.</summary>
internal sealed class ProposalComparer : IEqualityComparer<Proposal>
{
    public static readonly ProposalComparer Instance = new();

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public bool Equals(Proposal? x, Proposal? y) => Json(x) == Json(y);

    public int GetHashCode(Proposal obj) => Json(obj).GetHashCode(StringComparison.Ordinal);

    public static string Json(Proposal? p) => JsonSerializer.Serialize(p, Options);
}
