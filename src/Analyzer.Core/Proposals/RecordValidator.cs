using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>
/// Checks one record of a proposal (an entity, a decision, the instrument, ...) on its own, as
/// <see cref="Schema.FieldCatalog"/> states; references between records are checked by <see cref="EntityGraphChecks"/>.
/// </summary>
public sealed class RecordValidator<T> : AbstractValidator<T>
{
    public RecordValidator() => this.ApplyCatalogue();
}
