// Command proof walks the gateway's lifecycle through package tailored and prints one JSON
// line per step, for tests/clients/test_go_client.py. Environment: TAILORED_ADDRESS,
// TAILORED_TOKEN, TAILORED_QUOTA_TOKEN (a tenant allowed one call a minute). At the end it
// opens a stream, prints {"step":"watching"} and waits for a line on stdin, cancels the stream
// and prints {"step":"cancelled"}, waits for another line, makes one more call on the same
// connection ({"step":"after_cancel"}) and prints {"step":"done"}. Credentials are never printed.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"time"

	pb "tailored-gateway.bria.ai/clients/go/gen/bria/tailored/v1"
	"tailored-gateway.bria.ai/clients/go/tailored"
)

func emit(fields map[string]interface{}) {
	line, err := json.Marshal(fields)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(line))
}

func fail(step string, err error) {
	out := map[string]interface{}{"step": "error", "at": step, "error": err.Error()}
	var e *tailored.Error
	if errors.As(err, &e) {
		out["code"], out["reason"] = e.Code.String(), e.Reason
	}
	emit(out)
	os.Exit(1)
}

func solidPNG(i int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 1024, 1024))
	c := color.RGBA{uint8(40 * i), uint8(200 - 30*i), 120, 255}
	for p := 0; p < len(img.Pix); p += 4 {
		img.Pix[p], img.Pix[p+1], img.Pix[p+2], img.Pix[p+3] = c.R, c.G, c.B, c.A
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func str(s string) *string { return &s }

func main() {
	address, token, quotaToken := os.Getenv("TAILORED_ADDRESS"), os.Getenv("TAILORED_TOKEN"), os.Getenv("TAILORED_QUOTA_TOKEN")
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()

	client, err := tailored.Dial(address, tailored.WithToken(token))
	if err != nil {
		fail("dial", err)
	}
	defer client.Close()

	// Training data: a FIBO project, a visual schema, a dataset with five images, completed.
	project, err := client.Projects.CreateProject(ctx, &pb.CreateProjectRequest{
		ProjectName: "go client proof", IpMedium: pb.IpMedium_IP_MEDIUM_PHOTOGRAPHY,
		IpType: pb.IpType_IP_TYPE_STYLIZED_SCENE, TrainingVersion: pb.TrainingVersion_TRAINING_VERSION_FIBO})
	if err != nil {
		fail("project", err)
	}
	emit(map[string]interface{}{"step": "project", "id": project.GetProject().GetId()})
	images := make([][]byte, 5)
	sources := make([]*pb.ImageSource, len(images))
	for i := range images {
		images[i] = solidPNG(i)
		sources[i] = &pb.ImageSource{Source: &pb.ImageSource_Data{Data: images[i]}}
	}
	schema, err := client.Datasets.GenerateVisualSchema(ctx, &pb.GenerateVisualSchemaRequest{Images: sources})
	if err != nil {
		fail("schema", err)
	}
	fibo := pb.TrainingVersion_TRAINING_VERSION_FIBO
	dataset, err := client.Datasets.CreateDataset(ctx, &pb.CreateDatasetRequest{
		ProjectId: project.GetProject().GetId(), Name: "go proof v1", TrainingVersion: &fibo})
	if err != nil {
		fail("dataset", err)
	}
	datasetID := dataset.GetDataset().GetId()
	if _, err := client.Datasets.UpdateDataset(ctx, &pb.UpdateDatasetRequest{
		DatasetId: datasetID, VisualSchema: str(schema.GetVisualSchema())}); err != nil {
		fail("schema_update", err)
	}
	emit(map[string]interface{}{"step": "dataset", "id": datasetID, "visual_schema_chars": len(schema.GetVisualSchema())})
	for i, data := range images {
		up, err := client.Datasets.UploadImage(ctx, &pb.UploadImageRequest{
			DatasetId: datasetID, Source: &pb.UploadImageRequest_File{File: data}, ImageName: str(fmt.Sprintf("go-%d.png", i))})
		if err != nil {
			fail("upload", err)
		}
		emit(map[string]interface{}{"step": "upload", "image_id": up.GetImage().GetId()})
	}
	completed := pb.DatasetStatus_DATASET_STATUS_COMPLETED
	done, err := client.Datasets.UpdateDataset(ctx, &pb.UpdateDatasetRequest{DatasetId: datasetID, Status: &completed})
	if err != nil {
		fail("complete", err)
	}
	emit(map[string]interface{}{"step": "completed", "status": done.GetDataset().GetStatus().String(),
		"images_count": done.GetDataset().GetImagesCount()})

	// A model trained to COMPLETED, followed over WatchService.WatchModelTraining.
	created, err := client.Models.CreateModel(ctx, &pb.CreateModelRequest{Name: "go proof", DatasetId: datasetID,
		TrainingVersion: fibo, TrainingMode: pb.TrainingMode_TRAINING_MODE_EXPERT})
	if err != nil {
		fail("model", err)
	}
	modelID := created.GetModel().GetId()
	steps, interval := int32(1000), int32(500)
	if _, err := client.Models.StartTraining(ctx, &pb.StartTrainingRequest{
		ModelId: modelID, TotalTrainingSteps: &steps, CheckpointInterval: &interval}); err != nil {
		fail("train", err)
	}
	model, err := client.WatchTraining(ctx, modelID, func(u *pb.WatchModelTrainingResponse) error {
		emit(map[string]interface{}{"step": "training", "model_id": modelID, "status": u.GetModel().GetStatus().String(),
			"checkpoints": u.GetModel().GetCheckpointSteps(), "terminal": u.GetTerminal(), "has_resume_token": u.GetResumeToken() != ""})
		return nil
	})
	if err != nil {
		fail("watch_training", err)
	}
	if _, err := client.WaitForTraining(ctx, modelID); err != nil { // a new stream: terminal at once
		fail("wait_training", err)
	}
	emit(map[string]interface{}{"step": "trained", "model_id": modelID, "status": model.GetStatus().String()})

	// A v2 generation: a 202 with a request id, followed over WatchService.WatchJob.
	seed := int64(42)
	accepted, err := client.Generation.GenerateImage(ctx, &pb.GenerateImageRequest{
		TailoredModelId: modelID, Prompt: "a sunlit shop window in the brand style", Seed: &seed})
	if err != nil {
		fail("generate", err)
	}
	requestID := accepted.GetRequestId()
	emit(map[string]interface{}{"step": "accepted", "request_id": requestID})
	job, err := client.WatchJob(ctx, requestID, func(u *pb.WatchJobResponse) error {
		emit(map[string]interface{}{"step": "job", "state": u.GetStatus().GetStatus().String(), "terminal": u.GetTerminal()})
		return nil
	})
	if err != nil {
		fail("watch_job", err)
	}
	if _, err := client.WaitForJob(ctx, requestID); err != nil {
		fail("wait_job", err)
	}
	emit(map[string]interface{}{"step": "generated", "state": job.GetStatus().String(),
		"image_url": job.GetResult().GetImageUrl(), "seed": job.GetResult().GetSeed()})

	// A validation error: refused by the gateway with field violations.
	_, err = client.Projects.CreateProject(ctx, &pb.CreateProjectRequest{IpMedium: pb.IpMedium_IP_MEDIUM_PHOTOGRAPHY})
	var e *tailored.Error
	if !errors.As(err, &e) {
		fail("invalid", fmt.Errorf("expected a *tailored.Error, got %v", err))
	}
	emit(map[string]interface{}{"step": "invalid", "code": e.Code.String(), "reason": e.Reason, "domain": e.Domain,
		"request_id": e.RequestID, "field_violations": e.FieldViolations})

	// A quota rejection: the tenant's second call within a minute.
	limited, err := tailored.Dial(address, tailored.WithToken(quotaToken))
	if err != nil {
		fail("dial_quota", err)
	}
	defer limited.Close()
	for call := 1; call <= 2; call++ {
		_, err := limited.Projects.ListProjects(ctx, &pb.ListProjectsRequest{})
		out := map[string]interface{}{"step": "quota", "call": call, "ok": err == nil}
		if e := tailored.FromError(err); e != nil {
			out["code"], out["reason"], out["request_id"] = e.Code.String(), e.Reason, e.RequestID
			out["has_retry"], out["retry_delay_ms"] = e.HasRetry, e.RetryDelay.Milliseconds()
			out["quota_violations"], out["temporary"] = e.QuotaViolations, e.Temporary()
		}
		emit(out)
	}

	// Cancelling a stream: a model that was never started stays CREATED, so its stream stays
	// open until the caller leaves.
	idle, err := client.Models.CreateModel(ctx, &pb.CreateModelRequest{Name: "go proof idle", DatasetId: datasetID,
		TrainingVersion: fibo, TrainingMode: pb.TrainingMode_TRAINING_MODE_FULLY_AUTOMATED})
	if err != nil {
		fail("idle_model", err)
	}
	watchCtx, stop := context.WithCancel(ctx)
	first := make(chan string, 1)
	ended := make(chan error, 1)
	go func() {
		_, err := client.WatchTraining(watchCtx, idle.GetModel().GetId(), func(u *pb.WatchModelTrainingResponse) error {
			select {
			case first <- u.GetModel().GetStatus().String():
			default:
			}
			return nil
		})
		ended <- err
	}()
	select {
	case status := <-first:
		emit(map[string]interface{}{"step": "watching", "status": status})
	case err := <-ended:
		fail("watch_idle", err)
	case <-ctx.Done():
		fail("watch_idle", ctx.Err())
	}
	stdin := bufio.NewReader(os.Stdin)
	if _, err := stdin.ReadString('\n'); err != nil {
		fail("stdin", err)
	}
	stop()
	err = <-ended
	emit(map[string]interface{}{"step": "cancelled", "code": tailored.FromError(err).Code.String()})

	// The connection outlived the stream: the gateway saw a cancel, not a closed connection.
	if _, err := stdin.ReadString('\n'); err != nil {
		fail("stdin", err)
	}
	got, err := client.Models.GetModel(ctx, &pb.GetModelRequest{ModelId: idle.GetModel().GetId()})
	if err != nil {
		fail("after_cancel", err)
	}
	emit(map[string]interface{}{"step": "after_cancel", "status": got.GetModel().GetStatus().String()})
	emit(map[string]interface{}{"step": "done"})
}
