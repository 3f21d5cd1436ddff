import ai.bria.tailored.client.TailoredClient;
import ai.bria.tailored.client.TailoredException;
import ai.bria.tailored.client.Watch;
import bria.tailored.v1.Common.ImageSource;
import bria.tailored.v1.Common.IpMedium;
import bria.tailored.v1.Common.IpType;
import bria.tailored.v1.Common.TrainingVersion;
import bria.tailored.v1.Datasets.CreateDatasetRequest;
import bria.tailored.v1.Datasets.Dataset;
import bria.tailored.v1.Datasets.DatasetStatus;
import bria.tailored.v1.Datasets.GenerateVisualSchemaRequest;
import bria.tailored.v1.Datasets.UpdateDatasetRequest;
import bria.tailored.v1.Datasets.UploadImageRequest;
import bria.tailored.v1.Generation.GenerateImageRequest;
import bria.tailored.v1.Models.CreateModelRequest;
import bria.tailored.v1.Models.Model;
import bria.tailored.v1.Models.StartTrainingRequest;
import bria.tailored.v1.Models.TrainingMode;
import bria.tailored.v1.Projects.CreateProjectRequest;
import bria.tailored.v1.Projects.ListProjectsRequest;
import bria.tailored.v1.Projects.Project;
import bria.tailored.v1.Status.GetRequestStatusResponse;
import bria.tailored.v1.Watch.WatchJobResponse;
import bria.tailored.v1.Watch.WatchModelTrainingResponse;
import com.google.gson.Gson;
import com.google.protobuf.ByteString;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Drives the Java client against a real gateway (tests/clients/test_java_client.py) and prints
 * one JSON object a line. Env: TAILORED_ADDRESS, TAILORED_TOKEN, TAILORED_QUOTA_TOKEN and
 * TAILORED_WATCH_ADDRESS (a proxy the test breaks to force a reconnect). Reads a line from stdin
 * at each "wait" point so the test can check the gateway's gauges in between.
 */
public final class ClientProof {
    private static final Gson GSON = new Gson();
    private static final BufferedReader STDIN = new BufferedReader(new InputStreamReader(System.in));

    static void emit(String event, Object... pairs) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        for (int i = 0; i < pairs.length; i += 2) {
            line.put((String) pairs[i], pairs[i + 1]);
        }
        System.out.println(GSON.toJson(line));
        System.out.flush();
    }

    static void waitForTest() throws Exception {
        if (STDIN.readLine() == null) {
            throw new IllegalStateException("the test closed stdin");
        }
    }

    static ByteString png(int seed) throws Exception {
        BufferedImage image = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB(seed / 7f, 0.6f, 0.9f)));
        g.fillRect(0, 0, 1024, 1024);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return ByteString.copyFrom(out.toByteArray());
    }

    static Map<String, Object> describe(TailoredException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.code().name());
        m.put("reason", e.reason());
        m.put("domain", e.domain());
        m.put("message", e.description());
        m.put("retry_delay_ms", e.retryDelay().map(Duration::toMillis).orElse(null));
        List<Map<String, String>> fields = new ArrayList<>();
        e.fieldViolations().forEach(v -> fields.add(Map.of("field", v.field(), "description", v.description())));
        m.put("field_violations", fields);
        List<Map<String, String>> quotas = new ArrayList<>();
        e.quotaViolations().forEach(v -> quotas.add(Map.of("subject", v.subject(), "description", v.description())));
        m.put("quota_violations", quotas);
        m.put("request_id", e.requestId());
        return m;
    }

    public static void main(String[] args) throws Exception {
        String address = System.getenv("TAILORED_ADDRESS");
        String token = System.getenv("TAILORED_TOKEN");
        String watchAddress = System.getenv().getOrDefault("TAILORED_WATCH_ADDRESS", address);
        try (TailoredClient client = TailoredClient.builder(address).token(token).build();
             TailoredClient watcher = TailoredClient.builder(watchAddress).token(token)
                     .reconnects(5, Duration.ofMillis(100)).build()) {
            // A request the gateway refuses before any upstream call: field violations.
            try {
                client.projects(s -> s.createProject(CreateProjectRequest.newBuilder()
                        .setIpMedium(IpMedium.IP_MEDIUM_PHOTOGRAPHY).setIpType(IpType.IP_TYPE_STYLIZED_SCENE).build()));
                emit("validation_error", "error", null);
            } catch (TailoredException e) {
                emit("validation_error", "error", describe(e));
            }

            // The data: a FIBO project, a dataset with a visual schema and five images, completed.
            Project project = client.projects(s -> s.createProject(CreateProjectRequest.newBuilder()
                    .setProjectName("java proof").setIpMedium(IpMedium.IP_MEDIUM_PHOTOGRAPHY)
                    .setIpType(IpType.IP_TYPE_STYLIZED_SCENE).setTrainingVersion(TrainingVersion.TRAINING_VERSION_FIBO)
                    .build())).getProject();
            emit("project", "id", project.getId(), "name", project.getProjectName());
            List<ByteString> images = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                images.add(png(i));
            }
            GenerateVisualSchemaRequest.Builder schemaRequest = GenerateVisualSchemaRequest.newBuilder();
            images.forEach(data -> schemaRequest.addImages(ImageSource.newBuilder().setData(data)));
            String schema = client.datasets(s -> s.generateVisualSchema(schemaRequest.build())).getVisualSchema();
            Dataset dataset = client.datasets(s -> s.createDataset(CreateDatasetRequest.newBuilder()
                    .setProjectId(project.getId()).setName("java proof v1")
                    .setTrainingVersion(TrainingVersion.TRAINING_VERSION_FIBO).build())).getDataset();
            client.datasets(s -> s.updateDataset(UpdateDatasetRequest.newBuilder()
                    .setDatasetId(dataset.getId()).setVisualSchema(schema).build()));
            for (int i = 0; i < images.size(); i++) {
                final int n = i;
                client.datasets(s -> s.uploadImage(UploadImageRequest.newBuilder().setDatasetId(dataset.getId())
                        .setFile(images.get(n)).setImageName("proof-" + n + ".png").build()));
            }
            Dataset done = client.datasets(s -> s.updateDataset(UpdateDatasetRequest.newBuilder()
                    .setDatasetId(dataset.getId()).setStatus(DatasetStatus.DATASET_STATUS_COMPLETED).build())).getDataset();
            emit("dataset", "id", done.getId(), "status", done.getStatus().name(), "images", done.getImagesCount11());

            // A model trained to completion, followed over WatchModelTraining (through the test's proxy).
            Model model = client.models(s -> s.createModel(CreateModelRequest.newBuilder().setName("java proof")
                    .setDatasetId(dataset.getId()).setTrainingVersion(TrainingVersion.TRAINING_VERSION_FIBO)
                    .setTrainingMode(TrainingMode.TRAINING_MODE_FULLY_AUTOMATED).build())).getModel();
            client.models(s -> s.startTraining(StartTrainingRequest.newBuilder().setModelId(model.getId()).build()));
            Watch<WatchModelTrainingResponse> training = watcher.watchTraining(model.getId(), update ->
                    emit("training_update", "status", update.getModel().getStatus().name(), "terminal", update.getTerminal()));
            Model trained = training.await(Duration.ofSeconds(60)).getModel();
            emit("trained", "id", trained.getId(), "status", trained.getStatus().name(), "reconnects", training.reconnects());

            // A v2 generation: an async job followed over WatchJob.
            String requestId = client.generation(s -> s.generateImage(GenerateImageRequest.newBuilder()
                    .setTailoredModelId(trained.getId()).setPrompt("a sunlit shop window").setSeed(42).build())).getRequestId();
            emit("job_accepted", "request_id_set", !requestId.isEmpty());
            Watch<WatchJobResponse> job = client.watchJob(requestId, update ->
                    emit("job_update", "status", update.getStatus().getStatus().name(), "terminal", update.getTerminal()));
            GetRequestStatusResponse finished = job.await(Duration.ofSeconds(60)).getStatus();
            emit("job_done", "status", finished.getStatus().name(), "image_url", finished.getResult().getImageUrl());

            // A stream cancelled by the caller: the test watches the gateway's gauge drop to zero.
            Model second = client.models(s -> s.createModel(CreateModelRequest.newBuilder().setName("java proof 2")
                    .setDatasetId(dataset.getId()).setTrainingVersion(TrainingVersion.TRAINING_VERSION_FIBO).build())).getModel();
            client.models(s -> s.startTraining(StartTrainingRequest.newBuilder().setModelId(second.getId()).build()));
            var first = new java.util.concurrent.CompletableFuture<String>();
            Watch<WatchModelTrainingResponse> cancelled = client.watchTraining(second.getId(),
                    update -> first.complete(update.getModel().getStatus().name()));
            emit("watching", "status", first.get(30, java.util.concurrent.TimeUnit.SECONDS));
            waitForTest();
            cancelled.cancel();
            try {
                cancelled.await(Duration.ofSeconds(5));
                emit("cancelled", "code", "OK");
            } catch (TailoredException e) {
                emit("cancelled", "code", e.code().name());
            }
            waitForTest();
        }

        // The quota tenant: one call a minute, so the second is refused with RetryInfo.
        try (TailoredClient limited = TailoredClient.builder(address).token(System.getenv("TAILORED_QUOTA_TOKEN")).build()) {
            limited.projects(s -> s.listProjects(ListProjectsRequest.getDefaultInstance()));
            try {
                limited.projects(s -> s.listProjects(ListProjectsRequest.getDefaultInstance()));
                emit("quota_error", "error", null);
            } catch (TailoredException e) {
                emit("quota_error", "error", describe(e));
            }
        }
        emit("done");
    }
}
