namespace Wayfinder.Bench.Generation;

/// <summary>The generated org chart: every Group and User, plus the groups that own things.</summary>
/// <param name="Groups">Organization, departments, teams and squads.</param>
/// <param name="Users">People, each a member of one or two groups.</param>
/// <param name="Departments">Groups that own domains.</param>
/// <param name="Teams">Teams and squads: the owners of systems, components, APIs and resources.</param>
internal sealed record Organization(
    IReadOnlyList<DraftEntity> Groups,
    IReadOnlyList<DraftEntity> Users,
    IReadOnlyList<TeamInfo> Departments,
    IReadOnlyList<TeamInfo> Teams);
