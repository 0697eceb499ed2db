import type { RouterInputs, RouterOutputs } from "@/server/api/root";

export type Task = RouterOutputs["task"]["list"]["items"][number];
export type TaskPage = RouterOutputs["task"]["list"];
export type TaskListInput = Exclude<RouterInputs["task"]["list"], void>;
export type TaskUpdate = RouterInputs["task"]["update"];
export type TaskView = NonNullable<TaskListInput["view"]>;
export type Priority = Task["priority"];
export type QuickAddPreview = RouterOutputs["task"]["parse"];
