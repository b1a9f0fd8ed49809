package io.journeydsl.actionmap;

import io.journeydsl.ids.FlowId;
import io.journeydsl.internal.Args;
import io.journeydsl.model.MediaType;
import java.util.List;

/**
 * Starts an Architect workflow with input values ({@code architectFlow}).
 *
 * @param flow the Architect flow
 * @param flowRequestMappings the values supplied to the flow's inputs, possibly none
 */
public record ArchitectFlowAction(FlowId flow, List<RequestMapping> flowRequestMappings) implements Action {
  /** Checks the flow is present and copies the mappings. */
  public ArchitectFlowAction {
    Args.requireNonNull(flow, "architectFlow flow");
    flowRequestMappings = List.copyOf(Args.requireNonNull(flowRequestMappings, "flowRequestMappings"));
  }

  @Override
  public MediaType mediaType() {
    return MediaType.ARCHITECT_FLOW;
  }

  @Override
  public ActionMapAction toWire() {
    ArchitectFlowFields.Builder fields = ArchitectFlowFields.builder().architectFlow(f -> f.id(flow.value()));
    if (!flowRequestMappings.isEmpty()) {
      fields.flowRequestMappings(flowRequestMappings);
    }
    return ActionMapAction.builder().mediaType(mediaType()).architectFlowFields(fields.build()).build();
  }
}
