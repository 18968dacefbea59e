using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks one entity's own fields; references between entities are checked by <see cref="EntityGraphChecks"/>.</summary>
public sealed class EntityValidator : AbstractValidator<Entity>
{
    public EntityValidator()
    {
        RuleFor(e => e.Id).NotEmpty().WithMessage(Diagnostics.Problems.Required("id"));
        RuleFor(e => e.Id).Must(ProposalValidator.BeAnId).When(e => !string.IsNullOrEmpty(e.Id))
            .WithMessage((_, id) => Diagnostics.Problems.BadId("id", id!));
        RuleFor(e => e.Kind).OneOf("kind", Vocabulary.EntityKinds);
        RuleFor(e => e.Authorization).OneOf("authorization", Vocabulary.Authorizations);
    }
}
