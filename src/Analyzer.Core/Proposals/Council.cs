namespace Analyzer.Core.Proposals;

/// <summary>An ethics council's powers and make-up (Veale, Matus and Gorwa's tension for ethics principles and councils).</summary>
public sealed record Council
{
    /// <summary>The council's decisions bind the firm or firms it advises.</summary>
    public bool? BindingAuthority { get; init; }

    /// <summary>Its members are independent of the firms it advises.</summary>
    public bool? Independent { get; init; }

    public string? MemberSelection { get; init; }

    /// <summary><c>internal</c> to one firm, or <c>multi-firm</c>.</summary>
    public string? Scope { get; init; }
}
