import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

// Inferred from the router rather than re-declared (the lead reconciles these with root.ts's RouterOutputs).
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type Task = Outputs["task"]["list"]["items"][number];
export type TaskPage = Outputs["task"]["list"];
export type TaskListInput = Exclude<Inputs["task"]["list"], void>;
export type TaskUpdate = Inputs["task"]["update"];
export type TaskView = NonNullable<TaskListInput["view"]>;
export type Priority = Task["priority"];
export type QuickAddPreview = Outputs["task"]["parse"];
