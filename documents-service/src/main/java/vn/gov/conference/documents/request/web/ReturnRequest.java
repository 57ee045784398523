package vn.gov.conference.documents.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a version goes back to its owner: what to change. */
record ReturnRequest(@NotBlank @Size(max = 4000) String comment) {}
