using Analyzer.Core.Proposals;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// Builds the variant at a position of the product order (first dimension slowest, last fastest), in memory: the
/// base proposal with each dimension's value set by its compiled edit, and an id made from the values' positions.
/// Nothing is read or written, and a variant is built on whichever thread assesses it.
/// </summary>
public sealed class VariantBuilder(DesignSpace space)
{
    private static readonly SourceMap NoPositions = new();
    private static readonly FieldStep IdField = FieldStep.For(typeof(Proposal).GetProperty(nameof(Proposal.Id))!);

    private readonly string _baseId = space.Base.Id!;

    /// <summary>The dimensions' names, in order: the leading summary columns.</summary>
    public IReadOnlyList<string> Factors { get; } = [.. space.Dimensions.Select(d => d.Name)];

    /// <summary>
    /// The variant at <paramref name="index"/> (0 to <see cref="DesignSpace.Count"/> - 1). Its id is the base's id
    /// followed by each value's position in its dimension, from 1, zero-padded to the dimension's width
    /// (<c>strengthen-regime-complex-2-1-1-2</c>), so ids sort in product order and never repeat.
    /// </summary>
    public ProposalFile Build(long index)
    {
        var dimensions = space.Dimensions;
        var factors = new string[dimensions.Count];
        var idParts = new string[dimensions.Count + 1];
        idParts[0] = _baseId;
        Span<int> digits = stackalloc int[dimensions.Count];
        var rest = index;
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            var count = dimensions[d].Values.Count;
            digits[d] = (int)(rest % count);
            rest /= count;
        }
        object proposal = space.Base;
        var copies = new VariantCopies();
        for (var d = 0; d < dimensions.Count; d++)
        {
            // Applied in the space's order, so where two dimensions reach the same field the later one wins.
            var value = dimensions[d].Values[digits[d]];
            proposal = dimensions[d].Target.Edit.Apply(proposal, value.Bound, copies);
            factors[d] = value.Text;
            idParts[d + 1] = value.IdPart;
        }
        return new ProposalFile
        {
            Path = space.Path,
            Proposal = WithId((Proposal)proposal, string.Join('-', idParts)),
            Sha256 = space.Sha256,
            Map = NoPositions,
            Factors = factors,
        };
    }

    /// <summary>The variant's own copy of the proposal takes its id in place; the id is the last thing set on it.</summary>
    private static Proposal WithId(Proposal copy, string id)
    {
        IdField.Set(copy, id);
        return copy;
    }
}
