import { handleRestRequest } from "@/server/api/rest";

export const dynamic = "force-dynamic";

export {
  handleRestRequest as GET,
  handleRestRequest as POST,
  handleRestRequest as PATCH,
  handleRestRequest as PUT,
  handleRestRequest as DELETE,
};
