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


def dilated_block(x, filters: int, name: str, rates: tuple[int, ...] = (1, 2, 4)):
    """3x3 convolutions with growing dilation (batch norm, ReLU), their outputs summed: a wider
    view at the bottleneck for the same resolution."""
    outputs = []
    for rate in rates:
        x = layers.Conv2D(filters, 3, padding="same", dilation_rate=rate, use_bias=False, name=f"{name}_conv_d{rate}")(
            x
        )
        x = layers.BatchNormalization(name=f"{name}_bn_d{rate}")(x)
        x = layers.Activation("relu", name=f"{name}_relu_d{rate}")(x)
        outputs.append(x)
    return layers.Add(name=f"{name}_sum")(outputs)


def get_unet(
    input_shape: tuple[int, int, int] = (128, 192, 1),
    base_filters: int = 16,
    depth: int = 4,
    dropout: float = 0.1,
    dilated: bool = False,
    deep_supervision: bool = False,
) -> keras.Model:
    """A U-Net: ``depth`` max-pooling levels, a bottleneck, a decoder of transposed convolutions
    joined to the encoder by skip connections, and a 1x1 sigmoid output named ``probability``.

    ``input_shape`` is (rows, cols, channels); rows and cols must be divisible by 2**depth.
    ``dilated`` makes the bottleneck a stack of dilated convolutions; ``deep_supervision`` adds
    one sigmoid output per coarser decoder level (``aux1``...), upsampled to the input size, for
    training only (``main_output`` drops them).
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
    if dilated:
        x = dilated_block(x, base_filters * 2**depth, name="bottleneck")
    else:
        x = conv2d_block(x, base_filters * 2**depth, name="bottleneck")
    auxiliary = []
    for level in reversed(range(depth)):
        x = layers.Conv2DTranspose(base_filters * 2**level, 2, strides=2, name=f"up{level}")(x)
        x = layers.Concatenate(name=f"skip{level}")([x, skips[level]])
        x = conv2d_block(x, base_filters * 2**level, name=f"dec{level}")
        if deep_supervision and level > 0:
            aux = layers.Conv2D(1, 1, activation="sigmoid", name=f"aux{level}_logit")(x)
            auxiliary.append(layers.UpSampling2D(2**level, interpolation="bilinear", name=f"aux{level}")(aux))
    outputs = layers.Conv2D(1, 1, activation="sigmoid", name="probability")(x)
    name = f"unet_d{depth}_f{base_filters}" + ("_dilated" if dilated else "") + ("_ds" if deep_supervision else "")
    return keras.Model(inputs, [outputs, *auxiliary] if auxiliary else outputs, name=name)


def main_output(model: keras.Model) -> keras.Model:
    """The network without its deep-supervision outputs (the model itself when it has none)."""
    if len(model.outputs) == 1:
        return model
    return keras.Model(model.inputs, model.get_layer("probability").output, name=model.name)


def copy_weights(source: keras.Model, target: keras.Model) -> None:
    """Copy weights layer by layer, by name, where both models have the layer (fine-tuning a model
    with or without deep-supervision outputs from either)."""
    names = {layer.name for layer in target.layers}
    for layer in source.layers:
        if layer.name in names and layer.weights:
            target.get_layer(layer.name).set_weights(layer.get_weights())


def compile_unet(model: keras.Model, learning_rate: float = 1e-3) -> keras.Model:
    """Compile with Adam, BCE + Dice loss and Dice as a metric; deep-supervision outputs weigh half
    as much as the next finer one."""
    outputs = len(model.outputs)
    loss = bce_dice_loss
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss=loss if outputs == 1 else [loss] * outputs,
        loss_weights=None if outputs == 1 else [1.0] + [0.5**k for k in range(1, outputs)],
        metrics=[dice_coefficient] if outputs == 1 else [[dice_coefficient]] + [[] for _ in range(outputs - 1)],
    )
    return model
