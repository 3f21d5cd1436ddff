// The TypeScript client's proof against a real gateway (tests/clients/test_typescript_client.py).
// Prints one JSON object per line; reads `cancel` and `exit` lines on stdin when told to.
// Env: TAILORED_ADDRESS, TAILORED_TOKEN, TAILORED_QUOTA_TOKEN. Tokens are never printed.
import { createInterface } from "node:readline";
import {
  Code, DatasetStatus, IpMedium, IpType, ModelStatus, RequestState, TailoredError, TrainingMode,
  TrainingVersion, connect,
} from "../src";
import { png } from "./png";

const address = need("TAILORED_ADDRESS");
const client = connect({ address, token: need("TAILORED_TOKEN") });
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function emit(step: string, data: Record<string, unknown> = {}): void {
  process.stdout.write(JSON.stringify({ step, ...data }, (_, v) => (typeof v === "bigint" ? v.toString() : v)) + "\n");
}

async function expectLine(word: string): Promise<void> {
  const line = await lines.next();
  if (line.done || line.value.trim() !== word) throw new Error(`expected '${word}' on stdin, got ${JSON.stringify(line.value)}`);
}

async function failure(call: () => Promise<unknown>): Promise<TailoredError> {
  try {
    await call();
  } catch (e) {
    if (e instanceof TailoredError) return e;
    throw e;
  }
  throw new Error("the call succeeded");
}

async function lifecycle(): Promise<bigint> {
  const images = [0, 1, 2, 3, 4].map((i) => png(1024, 1024, [40 * i, 120, 200 - 30 * i]));
  const { project } = await client.projects.createProject({
    projectName: "ts client proof", ipMedium: IpMedium.PHOTOGRAPHY, ipType: IpType.STYLIZED_SCENE,
    trainingVersion: TrainingVersion.TRAINING_VERSION_FIBO,
  });
  emit("project", { id: project!.id });
  const { visualSchema } = await client.datasets.generateVisualSchema({
    images: images.map((data) => ({ source: { case: "data", value: data } })),
  });
  const { dataset } = await client.datasets.createDataset({
    projectId: project!.id, name: "ts proof v1", trainingVersion: TrainingVersion.TRAINING_VERSION_FIBO,
  });
  await client.datasets.updateDataset({ datasetId: dataset!.id, visualSchema });
  for (const [i, data] of images.entries()) {
    await client.datasets.uploadImage({ datasetId: dataset!.id, source: { case: "file", value: data }, imageName: `ts-${i}.png` });
  }
  const done = (await client.datasets.updateDataset({ datasetId: dataset!.id, status: DatasetStatus.COMPLETED })).dataset!;
  emit("dataset", { id: done.id, status: DatasetStatus[done.status], images: done.imagesCount });
  return done.id;
}

async function train(datasetId: bigint): Promise<bigint> {
  const { model } = await client.models.createModel({
    name: "ts proof model", datasetId, trainingVersion: TrainingVersion.TRAINING_VERSION_FIBO, trainingMode: TrainingMode.FULLY_AUTOMATED,
  });
  await client.models.startTraining({ modelId: model!.id });
  const statuses: string[] = [];
  for await (const update of client.followTraining(model!.id)) {
    statuses.push(ModelStatus[update.model!.status]);
    emit("training_update", { status: ModelStatus[update.model!.status], terminal: update.terminal, resumable: update.resumeToken !== "" });
  }
  const final = await client.models.getModel({ modelId: model!.id });
  emit("trained", { id: model!.id, statuses, status: ModelStatus[final.model!.status] });
  return model!.id;
}

async function generate(modelId: bigint): Promise<void> {
  const accepted = await client.generation.generateImage({ tailoredModelId: modelId, prompt: "a sunlit shop window", seed: 42n });
  emit("generation_accepted", { requestId: accepted.requestId });
  const states: string[] = [];
  for await (const update of client.followJob(accepted.requestId)) states.push(RequestState[update.status!.status]);
  const final = await client.waitForJob(accepted.requestId); // a finished job answers at once
  emit("job", { states, status: RequestState[final.status], imageUrl: final.result?.imageUrl ?? "" });
}

async function errors(): Promise<void> {
  const invalid = await failure(() => client.projects.createProject({ ipMedium: IpMedium.PHOTOGRAPHY, ipType: IpType.ICONS }));
  emit("validation_error", invalid.toJSON());
  const limited = connect({ address, token: need("TAILORED_QUOTA_TOKEN") });
  await limited.projects.listProjects({});
  const refused = await failure(() => limited.projects.listProjects({}));
  emit("quota_error", { ...refused.toJSON(), pushbackMs: refused.metadata.get("grpc-retry-pushback-ms") });
}

async function cancelStream(datasetId: bigint): Promise<void> {
  // A model that never starts training: its stream stays open until cancelled.
  const { model } = await client.models.createModel({
    name: "ts proof idle", datasetId, trainingVersion: TrainingVersion.TRAINING_VERSION_FIBO, trainingMode: TrainingMode.FULLY_AUTOMATED,
  });
  const stop = new AbortController();
  const stream = client.followTraining(model!.id, { signal: stop.signal });
  const first = await stream.next();
  emit("stream_open", { status: ModelStatus[first.value!.model!.status] });
  await expectLine("cancel");
  stop.abort();
  const ended = await stream.next().then(() => undefined, (e: unknown) => TailoredError.from(e));
  emit("stream_cancelled", { code: ended ? ended.codeName : "none" });
  await expectLine("exit");
  const still = await client.models.getModel({ modelId: model!.id }); // the connection outlived the stream
  emit("after_cancel", { status: ModelStatus[still.model!.status] });
}

async function main(): Promise<void> {
  const datasetId = await lifecycle();
  const modelId = await train(datasetId);
  await generate(modelId);
  await errors();
  await cancelStream(datasetId);
  emit("done");
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    const err = e instanceof TailoredError ? e.toJSON() : { message: String(e) };
    emit("failed", { error: err, code: e instanceof TailoredError ? Code[e.code] : undefined });
    process.exit(1);
  },
);
