namespace Wayfinder.Bot.Teams;

/// <summary>Whether Teams is served and how, decided once from configuration at start-up.</summary>
internal sealed record TeamsStatus(bool On, bool Authenticated);
