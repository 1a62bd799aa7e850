/** Team progress as the projector shows it: one row per team, one column per task, best first. */
export function scoreboard(
  teams: readonly { id: string; name: string; members: string[]; tasks: { id: string; title: string; percent: number | null }[] }[],
  anonymous: boolean,
) {
  const tasks = [...new Map(teams.flatMap((team) => team.tasks).map((task) => [task.id, { id: task.id, title: task.title }])).values()];
  const rows = teams.map((team, index) => {
    // undefined: the task is not the team's; null: not handed in yet.
    const cells = tasks.map((task) => {
      const own = team.tasks.find((candidate) => candidate.id === task.id);
      return own ? own.percent : undefined;
    });
    const scored = cells.filter((cell): cell is number => typeof cell === "number");
    return {
      key: team.id,
      // Anonymous: teams are numbered and nobody's name is shown.
      label: anonymous ? `#${index + 1}` : team.name,
      members: anonymous ? null : team.members.join(", ") || null,
      cells,
      average: scored.length > 0 ? Math.round(scored.reduce((sum, cell) => sum + cell, 0) / scored.length) : null,
    };
  });
  rows.sort((a, b) => (b.average ?? -1) - (a.average ?? -1));
  return { tasks, rows };
}
