"""`tailored-gateway demo` (or `python -m tailored_emulator.demo`): the whole Tailored Generation lifecycle over gRPC, against the
embedded emulator, in about half a minute. Starts the emulator (real clock, short phases) and
a gateway in-process, then walks a caller through: projects, datasets, images, caption
prefix and captions, completion, models, training, legacy and v2 generation, an async job,
vectorising, a bad request and an upstream 429. Exits 0 with a summary, non-zero on failure."""

from __future__ import annotations

import asyncio
import io
import sys
import time
from typing import Any, Awaitable, Callable

import grpc

from bria.tailored.v1 import common_pb2 as common
from bria.tailored.v1 import datasets_pb2 as ds
from bria.tailored.v1 import datasets_pb2_grpc
from bria.tailored.v1 import generation_pb2 as gen
from bria.tailored.v1 import generation_pb2_grpc
from bria.tailored.v1 import legacy_generation_pb2 as legacy
from bria.tailored.v1 import legacy_generation_pb2_grpc
from bria.tailored.v1 import models_pb2 as md
from bria.tailored.v1 import models_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pj
from bria.tailored.v1 import projects_pb2_grpc
from bria.tailored.v1 import status_pb2 as st
from bria.tailored.v1 import watch_pb2 as w
from bria.tailored.v1 import watch_pb2_grpc

from gateway.app import Gateway
from gateway.observability.logging import build_logger
from gateway.settings import Settings

from .config import Durations, EmulatorConfig
from .media import color_for, png
from .server import serve

TOKEN = "demo-token"
METADATA = (("api_token", TOKEN),)
DURATIONS = Durations(training=4.0, stopping=0.5, captions=1.0, bulk_upload=2.0, v2_job=1.0, video_job=1.5,
                      v1_placeholder=1.0, model_sync=1.0)


def say(text: str = "") -> None:
    print(text, flush=True)


def step(title: str) -> None:
    say(f"\n== {title}")


class Demo:
    def __init__(self, channel: grpc.aio.Channel, emulator: Any):
        self.emulator = emulator
        self.projects = projects_pb2_grpc.ProjectServiceStub(channel)
        self.datasets = datasets_pb2_grpc.DatasetServiceStub(channel)
        self.models = models_pb2_grpc.ModelServiceStub(channel)
        self.legacy = legacy_generation_pb2_grpc.LegacyGenerationServiceStub(channel)
        self.generation = generation_pb2_grpc.GenerationServiceStub(channel)
        self.watch = watch_pb2_grpc.WatchServiceStub(channel)
        self.calls = 0

    async def call(self, rpc: Callable[..., Awaitable[Any]], request: Any) -> Any:
        self.calls += 1
        return await rpc(request, metadata=METADATA, timeout=30)

    # ---- training data -------------------------------------------------------------------
    async def legacy_dataset(self) -> tuple[int, int]:
        step("Legacy project: caption prefix, images, captions")
        project = (await self.call(self.projects.CreateProject, pj.CreateProjectRequest(
            project_name="Pip the robot", ip_medium=common.IP_MEDIUM_ILLUSTRATION,
            ip_type=common.IP_TYPE_DEFINED_CHARACTER, ip_name="Pip", ip_description="a small green robot",
            training_version=common.TRAINING_VERSION_LIGHT))).project
        say(f"project {project.id} '{project.project_name}' ({common.IpType.Name(project.ip_type)})")
        images = [png(1024, 1024, color_for(i)) for i in range(3)]
        prefix = (await self.call(self.datasets.GenerateCaptionPrefix, ds.GenerateCaptionPrefixRequest(
            images=images, ip_type=common.IP_TYPE_DEFINED_CHARACTER, ip_medium=common.IP_MEDIUM_ILLUSTRATION,
            ip_name="Pip"))).prefix
        say(f"generated caption prefix: {prefix!r}")
        dataset = (await self.call(self.datasets.CreateDataset, ds.CreateDatasetRequest(
            project_id=project.id, name="pip v1", training_version=common.TRAINING_VERSION_LIGHT))).dataset
        if prefix:
            dataset = (await self.call(self.datasets.UpdateDataset, ds.UpdateDatasetRequest(
                dataset_id=dataset.id, caption_prefix=prefix))).dataset
        for i, data in enumerate(images):
            image = (await self.call(self.datasets.UploadImage, ds.UploadImageRequest(
                dataset_id=dataset.id, file=data, image_name=f"pip-{i}.png"))).image
            say(f"uploaded image {image.id}: caption {image.caption!r}")
        await self.call(self.datasets.RegenerateCaptions, ds.RegenerateCaptionsRequest(dataset_id=dataset.id))
        await self.wait_captions(dataset.id)
        done = (await self.call(self.datasets.UpdateDataset, ds.UpdateDatasetRequest(
            dataset_id=dataset.id, status=ds.DATASET_STATUS_COMPLETED))).dataset
        say(f"dataset {done.id} is {ds.DatasetStatus.Name(done.status)} with {done.images_count} images")
        return project.id, dataset.id

    async def fibo_dataset(self) -> int:
        step("FIBO project: visual schema, images, completion")
        project = (await self.call(self.projects.CreateProject, pj.CreateProjectRequest(
            project_name="Brand scenes", ip_medium=common.IP_MEDIUM_PHOTOGRAPHY, ip_type=common.IP_TYPE_STYLIZED_SCENE,
            training_version=common.TRAINING_VERSION_FIBO))).project
        images = [png(1024, 1024, color_for(10 + i)) for i in range(5)]
        schema = (await self.call(self.datasets.GenerateVisualSchema, ds.GenerateVisualSchemaRequest(
            images=[common.ImageSource(data=i) for i in images]))).visual_schema
        dataset = (await self.call(self.datasets.CreateDataset, ds.CreateDatasetRequest(
            project_id=project.id, name="brand v1", training_version=common.TRAINING_VERSION_FIBO))).dataset
        await self.call(self.datasets.UpdateDataset, ds.UpdateDatasetRequest(dataset_id=dataset.id, visual_schema=schema))
        for i, data in enumerate(images):
            await self.call(self.datasets.UploadImage, ds.UploadImageRequest(dataset_id=dataset.id, file=data))
        done = (await self.call(self.datasets.UpdateDataset, ds.UpdateDatasetRequest(
            dataset_id=dataset.id, status=ds.DATASET_STATUS_COMPLETED))).dataset
        say(f"project {project.id}, dataset {done.id}: visual schema of {len(schema)} chars, "
            f"{done.images_count} images, {ds.DatasetStatus.Name(done.status)}")
        return dataset.id

    async def wait_captions(self, dataset_id: int) -> None:
        while True:
            dataset = (await self.call(self.datasets.GetDataset, ds.GetDatasetRequest(dataset_id=dataset_id, max_images=1))).dataset
            say(f"  captions: {ds.CaptionsUpdateStatus.Name(dataset.captions_update_status)}")
            if dataset.captions_update_status != ds.CAPTIONS_UPDATE_STATUS_IN_PROGRESS:
                return
            await asyncio.sleep(0.5)

    # ---- models ----------------------------------------------------------------------------
    async def train(self, dataset_id: int, name: str, version: int, mode: int) -> int:
        model = (await self.call(self.models.CreateModel, md.CreateModelRequest(
            name=name, dataset_id=dataset_id, training_version=version, training_mode=mode))).model
        params = md.StartTrainingRequest(model_id=model.id)
        if mode == md.TRAINING_MODE_EXPERT:
            params.total_training_steps, params.checkpoint_interval = 1000, 500
        started = (await self.call(self.models.StartTraining, params)).model
        say(f"model {model.id} '{name}': {md.ModelStatus.Name(started.status)}")
        return model.id

    async def watch_training(self, model_ids: list[int]) -> None:
        step("Training, live over WatchService.WatchModelTraining (one stream per model)")

        async def follow(model_id: int) -> None:
            self.calls += 1
            stream = self.watch.WatchModelTraining(w.WatchModelTrainingRequest(model_id=model_id), metadata=METADATA)
            async for update in stream:
                model = update.model
                steps = f", checkpoints {list(model.checkpoint_steps)}" if model.checkpoint_steps else ""
                end = " (terminal)" if update.terminal else ""
                say(f"  model {model_id}: {md.ModelStatus.Name(model.status)}{steps}{end}")

        await asyncio.gather(*(follow(m) for m in model_ids))

    # ---- generation --------------------------------------------------------------------------
    async def legacy_generation(self, model_id: int) -> None:
        step("Legacy v1 generation and vectorising")
        images = await self.call(self.legacy.TextToImage, legacy.TextToImageRequest(
            model_id=model_id, prompt="Pip waving on a beach, wearing Nike shoes", num_results=2, sync=True))
        for item in images.result:
            say(f"  image seed {item.seed}: {list(item.urls)}")
        if images.warning:
            say(f"  warning: {images.warning}")
        vectors = await self.call(self.legacy.TextToVector, legacy.TextToVectorRequest(
            model_id=model_id, prompt="Pip as a flat icon", num_results=1, sync=True))
        say(f"  vector: {list(vectors.result[0].urls)}")
        moderated = await self.call(self.legacy.TextToImage, legacy.TextToImageRequest(
            model_id=model_id, prompt="Pip UNSAFE_SOME", num_results=2, sync=True, content_moderation=True))
        blocked = sum(1 for item in moderated.result if item.blocked)
        say(f"  with moderation: {len(moderated.result) - blocked} delivered, {blocked} blocked by content moderation")

    async def v2_generation(self, model_id: int) -> None:
        step("v2 generation: an async job followed to completion")
        accepted = await self.call(self.generation.GenerateImage, gen.GenerateImageRequest(
            tailored_model_id=model_id, prompt="a sunlit shop window in the brand style", seed=42))
        say(f"  202 accepted: request_id {accepted.request_id}; following it with WatchService.WatchJob")
        self.calls += 1
        final = None
        async for update in self.watch.WatchJob(w.WatchJobRequest(request_id=accepted.request_id), metadata=METADATA):
            say(f"  job: {st.RequestState.Name(update.status.status)}{' (terminal)' if update.terminal else ''}")
            final = update.status
        say(f"  result: {final.result.image_url} (seed {final.result.seed})")
        sync = await self.call(self.generation.GenerateImage, gen.GenerateImageRequest(
            tailored_model_id=model_id, prompt="the same window at night", sync=True))
        say(f"  sync=true: {sync.result.image_url}")

    # ---- failures, as a caller sees them ------------------------------------------------------
    async def bad_request(self) -> None:
        step("A bad request: refused by the gateway before it costs upstream quota")
        before = self.emulator.request_count()
        try:
            await self.call(self.projects.CreateProject, pj.CreateProjectRequest(
                ip_medium=common.IP_MEDIUM_PHOTOGRAPHY, ip_type=common.IP_TYPE_ICONS))
        except grpc.aio.AioRpcError as err:
            say(f"  {err.code().name}: {err.details()}")
        say(f"  upstream requests made: {self.emulator.request_count() - before}")

    async def rate_limited(self) -> None:
        step("An upstream 429, as the caller sees it")
        self.emulator.update_config(rate_limit_rpm=3)
        try:
            for _ in range(5):
                await self.call(self.projects.ListProjects, pj.ListProjectsRequest())
        except grpc.aio.AioRpcError as err:
            pushback = dict(err.trailing_metadata() or ()).get("grpc-retry-pushback-ms")
            say(f"  {err.code().name}: {err.details()} (retry after {pushback} ms)")
        finally:
            self.emulator.update_config(rate_limit_rpm=None)


async def run() -> int:
    started = time.perf_counter()
    emulator = await serve(EmulatorConfig(durations=DURATIONS))
    log = io.StringIO()
    settings = Settings.load({}, {
        "host": "127.0.0.1", "port": 0, "metrics_port": -1, "upstream_url": emulator.url, "webhook_port": 0,
        "watch_poll_initial_seconds": 0.5, "watch_poll_max_seconds": 1.0,
    })
    gateway = Gateway(settings, logger=build_logger("info", log))
    await gateway.start()
    say(f"emulator at {emulator.url}, gateway at 127.0.0.1:{gateway.port} ({len(gateway.routes)} routes)")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gateway.port}") as channel:
            demo = Demo(channel, emulator)
            _, legacy_dataset = await demo.legacy_dataset()
            fibo_dataset = await demo.fibo_dataset()
            step("Models")
            legacy_model = await demo.train(legacy_dataset, "pip light", common.TRAINING_VERSION_LIGHT,
                                            md.TRAINING_MODE_FULLY_AUTOMATED)
            fibo_model = await demo.train(fibo_dataset, "brand expert", common.TRAINING_VERSION_FIBO,
                                          md.TRAINING_MODE_EXPERT)
            await demo.watch_training([legacy_model, fibo_model])
            await demo.legacy_generation(legacy_model)
            await demo.v2_generation(fibo_model)
            await demo.bad_request()
            await demo.rate_limited()
    finally:
        await gateway.stop(0)
        await emulator.stop()
    rpc_lines = log.getvalue().count('"event": "rpc"')
    step("Summary")
    say(f"{demo.calls} gRPC calls through the gateway ({rpc_lines} logged), "
        f"{emulator.request_count()} upstream requests, {time.perf_counter() - started:.1f} s. Demo OK.")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return asyncio.run(run())
    except grpc.aio.AioRpcError as err:
        print(f"demo failed: {err.code().name}: {err.details()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
