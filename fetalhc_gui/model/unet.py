"""The U-Net architecture, its loss and its metric (Keras 3)."""

from __future__ import annotations

import keras
from keras import layers, ops


@keras.saving.register_keras_serializable(package="fetalhc")
def dice_coefficient(y_true, y_pred, smooth: float = 1.0):
    """Soft Dice between targets and probabilities in [0, 1], averaged over the batch."""
    y_true = ops.cast(y_true, y_pred.dtype)
    axes = tuple(range(1, len(y_pred.shape)))
    intersection = ops.sum(y_true * y_pred, axis=axes)
    total = ops.sum(y_true, axis=axes) + ops.sum(y_pred, axis=axes)
    return ops.mean((2.0 * intersection + smooth) / (total + smooth))


@keras.saving.register_keras_serializable(package="fetalhc")
def bce_dice_loss(y_true, y_pred):
    """Binary cross-entropy plus (1 - soft Dice)."""
    y_true = ops.cast(y_true, y_pred.dtype)
    bce = ops.mean(keras.losses.binary_crossentropy(y_true, y_pred))
    return bce + 1.0 - dice_coefficient(y_true, y_pred)


def conv2d_block(x, filters: int, name: str):
    """Two 3x3 convolutions, each followed by batch normalisation and ReLU."""
    for i in (1, 2):
        x = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv{i}")(x)
        x = layers.BatchNormalization(name=f"{name}_bn{i}")(x)
        x = layers.Activation("relu", name=f"{name}_relu{i}")(x)
    return x


def get_unet(
    input_shape: tuple[int, int, int] = (128, 192, 1),
    base_filters: int = 16,
    depth: int = 4,
    dropout: float = 0.1,
) -> keras.Model:
    """A U-Net: ``depth`` max-pooling levels, a bottleneck, a decoder of transposed convolutions
    joined to the encoder by skip connections, and a 1x1 sigmoid output.

    ``input_shape`` is (rows, cols, channels); rows and cols must be divisible by 2**depth.
    """
    rows, cols, _ = input_shape
    if rows % 2**depth or cols % 2**depth:
        raise ValueError(f"input size {rows}x{cols} must be divisible by {2**depth}")
    inputs = keras.Input(shape=input_shape, name="image")
    x = inputs
    skips = []
    for level in range(depth):
        x = conv2d_block(x, base_filters * 2**level, name=f"enc{level}")
        skips.append(x)
        x = layers.MaxPooling2D(2, name=f"pool{level}")(x)
    if dropout:
        x = layers.Dropout(dropout, name="bottleneck_dropout")(x)
    x = conv2d_block(x, base_filters * 2**depth, name="bottleneck")
    for level in reversed(range(depth)):
        x = layers.Conv2DTranspose(base_filters * 2**level, 2, strides=2, name=f"up{level}")(x)
        x = layers.Concatenate(name=f"skip{level}")([x, skips[level]])
        x = conv2d_block(x, base_filters * 2**level, name=f"dec{level}")
    outputs = layers.Conv2D(1, 1, activation="sigmoid", name="probability")(x)
    return keras.Model(inputs, outputs, name=f"unet_d{depth}_f{base_filters}")


def compile_unet(model: keras.Model, learning_rate: float = 1e-3) -> keras.Model:
    """Compile with Adam, BCE + Dice loss and Dice as a metric."""
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss=bce_dice_loss,
        metrics=[dice_coefficient],
    )
    return model
