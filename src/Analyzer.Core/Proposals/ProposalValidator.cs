using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>
/// Checks a bound proposal against format v1: the field checks of <see cref="Schema.FieldCatalog"/> (format, required
/// fields, ids, vocabularies) on every record, then the entity graph.
/// </summary>
public sealed class ProposalValidator : AbstractValidator<Proposal>
{
    public ProposalValidator()
    {
        this.ApplyCatalogue();
        RuleForEach(p => p.Entities).SetValidator(new RecordValidator<Entity>());
        RuleForEach(p => p.Decisions).SetValidator(new RecordValidator<Decision>());
        RuleFor(p => p.Instrument).SetValidator(new RecordValidator<Instrument>()!);
        RuleFor(p => p.Institution).SetValidator(new RecordValidator<Institution>()!);
        RuleFor(p => p.Negotiation).SetValidator(new RecordValidator<Negotiation>()!);
        RuleFor(p => p.Council).SetValidator(new RecordValidator<Council>()!);
        RuleFor(p => p.Cooperation).SetValidator(new RecordValidator<Cooperation>()!);
        RuleFor(p => p).Custom((p, context) => EntityGraphChecks.Check(p, context));
    }
}
